-- ref: luajit
-- yield inside __lt, __le and __eq
local mt = {
  __lt = function(a, b) return coroutine.yield("lt " .. a.v .. " " .. b.v) end,
  __le = function(a, b) return coroutine.yield("le " .. a.v .. " " .. b.v) end,
  __eq = function(a, b) return coroutine.yield("eq " .. a.v .. " " .. b.v) end,
}
local x, y = setmetatable({ v = 1 }, mt), setmetatable({ v = 2 }, mt)
local co = coroutine.create(function()
  local r = {}
  r[#r + 1] = tostring(x < y)
  r[#r + 1] = tostring(x <= y)
  r[#r + 1] = tostring(x == y)
  r[#r + 1] = tostring(x > y)
  r[#r + 1] = tostring(x ~= y)
  r[#r + 1] = tostring(not (x >= y))
  if x < y then r[#r + 1] = "branch-true" else r[#r + 1] = "branch-false" end
  return table.concat(r, ",")
end)
local answers = { true, false, true, false, false, true, nil }
local i = 0
local res = { coroutine.resume(co) }
while coroutine.status(co) == "suspended" do
  i = i + 1
  print("asked:", res[2], "answer:", tostring(answers[i]))
  res = { coroutine.resume(co, answers[i]) }
end
print(res[1], res[2])
