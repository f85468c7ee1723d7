-- ref: luajit
-- yield inside the iterator function of a generic for
local function iter(limit)
  return function(_, i)
    i = i + 1
    if i > limit then return nil end
    local extra = coroutine.yield("iterating " .. i)
    return i, extra
  end, nil, 0
end
local co = coroutine.create(function()
  local acc = {}
  for i, extra in iter(4) do acc[#acc + 1] = i .. ":" .. tostring(extra) end
  return table.concat(acc, " ")
end)
local r = { coroutine.resume(co) }
local n = 0
while coroutine.status(co) == "suspended" do
  n = n + 1
  print(r[2])
  r = { coroutine.resume(co, "e" .. n) }
end
print(r[1], r[2])
