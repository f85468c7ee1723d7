-- getinfo and getlocal on another coroutine
local co = coroutine.create(function(a, b)
  local sum = a + b
  coroutine.yield(sum)
  return sum
end)
coroutine.resume(co, 3, 4)
local i0 = debug.getinfo(co, 0, "nSl")
print(i0.what, i0.short_src, i0.currentline, tostring(i0.name))
local i1 = debug.getinfo(co, 1, "Sl")
print(i1.what, i1.currentline, i1.linedefined, i1.lastlinedefined)
print(debug.getinfo(co, 2, "l"))
print(debug.getlocal(co, 1, 1))
print(debug.getlocal(co, 1, 2))
print(debug.getlocal(co, 1, 3))
print(debug.setlocal(co, 1, 3, 100))
print(coroutine.resume(co))
print(pcall(debug.getlocal, co, 5, 1))
