-- ref: luajit
-- yield in a metamethod called inside pcall inside a coroutine
local t = setmetatable({}, { __index = function(_, k)
  if k == "bad" then coroutine.yield("about to fail") error("no field " .. k, 0) end
  return coroutine.yield("lookup " .. k)
end })
local co = coroutine.create(function()
  print(pcall(function() return t.good end))
  print(pcall(function() return t.bad end))
  return "finished"
end)
local r = { coroutine.resume(co) }
while coroutine.status(co) == "suspended" do
  print("yield:", r[2])
  r = { coroutine.resume(co, "value") }
end
print(r[1], r[2])
