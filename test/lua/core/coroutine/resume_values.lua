local co = coroutine.create(function(...)
  print("args", select("#", ...), ...)
  print("yield returned", select("#", coroutine.yield()), "values")
  print("yield returned", coroutine.yield(nil, nil))
  return
end)
print(coroutine.resume(co, nil, 2, nil))
print(select("#", coroutine.resume(co)))
print(coroutine.resume(co, "a", "b", "c"))
print(coroutine.resume(co))
print(coroutine.resume(co))
-- wrap passes values the same way, without the leading boolean
local w = coroutine.wrap(function(a) local b = coroutine.yield(a + 1) return b * 2 end)
print(w(1), w(21))
-- resume of a coroutine that returns many values
local m = coroutine.create(function() return 1, 2, 3, 4, 5 end)
print(coroutine.resume(m))
