-- varargs of the body stay available after yields
local co = coroutine.wrap(function(...)
  local n = select("#", ...)
  coroutine.yield(n)
  coroutine.yield(...)
  local t = { ... }
  coroutine.yield(#t, t[1], t[n])
  return select(2, ...)
end)
print(co("a", "b", "c"))
print(co())
print(co())
print(co())
