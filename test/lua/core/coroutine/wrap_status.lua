local co
local w = coroutine.wrap(function(...)
  co = coroutine.running()
  print("running inside wrap:", type(co), coroutine.status(co))
  local a = coroutine.yield(...)
  return "end", a
end)
print(w(1, 2))
print(coroutine.status(co))
print(w("resumed"))
print(coroutine.status(co))
print(pcall(w))
-- resuming a wrap-created coroutine directly also works
local w2 = coroutine.wrap(function() local me = coroutine.running() coroutine.yield(me) return "done" end)
local me = w2()
print(coroutine.resume(me))
print(coroutine.status(me))
print(pcall(w2))
