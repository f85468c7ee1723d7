local function memoize(f)
  local cache, hits = {}, 0
  return function(n)
    local v = cache[n]
    if v ~= nil then hits = hits + 1 return v end
    v = f(n)
    cache[n] = v
    return v
  end, function() return hits end
end
local fib
local stats
fib, stats = memoize(function(n) if n < 2 then return n end return fib(n - 1) + fib(n - 2) end)
print(fib(80), stats())
print(fib(80), stats())
local calls = 0
local sq, sqhits = memoize(function(x) calls = calls + 1 return x * x end)
for i = 1, 10 do sq(i % 3) end
print(calls, sqhits())
