-- a chain of 100 coroutines, each resuming the next
local function chain(n)
  if n == 0 then return coroutine.create(function() coroutine.yield("bottom") return "end" end) end
  local inner = chain(n - 1)
  return coroutine.create(function()
    local ok, v = coroutine.resume(inner)
    coroutine.yield(v .. "<" .. n)
    local ok2, v2 = coroutine.resume(inner)
    return v2 .. "<" .. n
  end)
end
local top = chain(100)
local ok, v = coroutine.resume(top)
print(ok, #v, v:sub(1, 20), v:sub(-12))
local ok2, v2 = coroutine.resume(top)
print(ok2, #v2, v2:sub(1, 12), v2:sub(-12))
print(coroutine.status(top))
