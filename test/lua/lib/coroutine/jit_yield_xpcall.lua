-- ref: luajit
-- yield across xpcall, with the handler running after a resume
local function handler(e) return "handled: " .. tostring(e) end
local co = coroutine.create(function()
  print(xpcall(function() return coroutine.yield("x1") + 1 end, handler))
  print(xpcall(function() coroutine.yield("x2") error("boom", 0) end, handler))
  print(xpcall(function() coroutine.yield("x3") local t = nil return t.x end, function(e) return "H:" .. e end))
  return "xpcall done"
end)
local v = { coroutine.resume(co) }
while coroutine.status(co) == "suspended" do
  print("yielded", v[2])
  v = { coroutine.resume(co, 41) }
end
print(v[1], v[2])
