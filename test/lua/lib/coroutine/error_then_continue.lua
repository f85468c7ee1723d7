-- an error in an inner coroutine does not stop the outer one
local outer = coroutine.create(function()
  local inner = coroutine.create(function() coroutine.yield("inner yielded") error("inner failed") end)
  print("inner 1:", coroutine.resume(inner))
  print("inner 2:", coroutine.resume(inner))
  print("inner status:", coroutine.status(inner))
  coroutine.yield("outer still alive")
  return "outer finished"
end)
print(coroutine.resume(outer))
print(coroutine.resume(outer))
print(coroutine.status(outer))
