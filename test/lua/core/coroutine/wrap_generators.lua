local function range(n)
  return coroutine.wrap(function() for i = 1, n do coroutine.yield(i) end end)
end
local t = {}
for v in range(5) do t[#t + 1] = v end
print(table.concat(t, ","))
-- generator with multiple values
local pairs_gen = coroutine.wrap(function()
  coroutine.yield("a", 1)
  coroutine.yield("b", 2)
end)
print(pairs_gen())
print(pairs_gen())
print(pairs_gen())
print(pcall(pairs_gen))
-- permutations generator (the PIL classic)
local function permgen(a, n)
  n = n or #a
  if n <= 1 then coroutine.yield(a) else
    for i = 1, n do
      a[n], a[i] = a[i], a[n]
      permgen(a, n - 1)
      a[n], a[i] = a[i], a[n]
    end
  end
end
local function permutations(a)
  return coroutine.wrap(function() permgen(a) end)
end
local out = {}
for p in permutations({ "a", "b", "c" }) do out[#out + 1] = table.concat(p) end
print(#out, table.concat(out, " "))
-- fibonacci generator
local fib = coroutine.wrap(function() local a, b = 0, 1 while true do coroutine.yield(a) a, b = b, a + b end end)
local fs = {}
for i = 1, 15 do fs[i] = fib() end
print(table.concat(fs, " "))
