-- very long-lived generators: 100000 yields each, with checksums
local N = 100000

-- resume-driven
local co = coroutine.create(function()
  for i = 1, N do coroutine.yield(i, i % 7) end
  return "end"
end)
local sum, sum2, count = 0, 0, 0
while true do
  local ok, a, b = coroutine.resume(co)
  if not ok then error(a) end
  if a == "end" then break end
  sum = sum + a
  sum2 = (sum2 * 31 + b) % 1000003
  count = count + 1
end
print("resume", count, sum, sum2, coroutine.status(co))

-- wrap in a generic for
sum, count = 0, 0
for v in coroutine.wrap(function() for i = 1, N do coroutine.yield(i * 2) end end) do
  sum = sum + v
  count = count + 1
end
print("wrap for", count, sum)

-- ping-pong accumulating in both directions
local acc = coroutine.wrap(function(x)
  local total = 0
  while true do
    total = (total + x) % 65521
    x = coroutine.yield(total)
  end
end)
local h = 0
for i = 1, N do h = (h * 7 + acc(i)) % 1000000007 end
print("pingpong", h)

-- two generators in lockstep
local function gen(seed)
  return coroutine.wrap(function()
    local x = seed
    while true do
      x = (x * 1103515245 + 12345) % 2147483648
      coroutine.yield(x % 1000)
    end
  end)
end
local g1, g2 = gen(1), gen(2)
local eq, diff = 0, 0
for i = 1, N do
  if g1() == g2() then eq = eq + 1 else diff = diff + 1 end
end
print("lockstep", eq, diff)

-- a generator that yields from several call levels, alternating
local function deep(n, i)
  if n == 0 then return coroutine.yield(i) end
  return deep(n - 1, i) -- tail call
end
local function deeper(n, i)
  if n == 0 then return (coroutine.yield(-i)) end
  local r = deeper(n - 1, i) -- not a tail call
  return r
end
co = coroutine.create(function()
  local s = 0
  for i = 1, N do
    if i % 2 == 0 then s = s + (deep(i % 10, i) or 0) else s = s + (deeper(i % 5, i) or 0) end
  end
  return s
end)
local total, last = 0, nil
local k = 0
while true do
  local ok, v = coroutine.resume(co, k % 3)
  k = k + 1
  if coroutine.status(co) == "dead" then last = v break end
  total = total + v
end
print("levels", k, total, last)

-- a pipeline of three wraps
local function source()
  return coroutine.wrap(function() for i = 1, N do coroutine.yield(i) end end)
end
local function filter(src)
  return coroutine.wrap(function()
    for v in src do if v % 3 ~= 0 then coroutine.yield(v) end end
  end)
end
local function map(src)
  return coroutine.wrap(function()
    for v in src do coroutine.yield(v * v % 1009) end
  end)
end
sum, count = 0, 0
for v in map(filter(source())) do sum = sum + v count = count + 1 end
print("pipeline", count, sum)

-- many short-lived coroutines
sum = 0
for i = 1, 20000 do
  local c = coroutine.wrap(function(a) local b = coroutine.yield(a + 1) return a + b end)
  sum = sum + c(i) + c(2)
end
print("short-lived", sum)
