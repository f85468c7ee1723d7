-- coroutine.running: nil in the main thread of 5.1
print(coroutine.running())
print(select("#", coroutine.running()))
local co
co = coroutine.create(function()
  local r = coroutine.running()
  print(type(r), r == co)
  local inner = coroutine.create(function() return coroutine.running() end)
  local _, ir = coroutine.resume(inner)
  print(ir == inner, ir ~= co)
  return r
end)
local ok, r = coroutine.resume(co)
print(ok, r == co)
local w = coroutine.wrap(function() return type(coroutine.running()) end)
print(w())
