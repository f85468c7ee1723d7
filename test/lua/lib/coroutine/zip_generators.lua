-- combining generators
local function gen(t)
  return coroutine.wrap(function() for _, v in ipairs(t) do coroutine.yield(v) end end)
end
local function zip(g1, g2)
  return coroutine.wrap(function()
    while true do
      local a, b = g1(), g2()
      if a == nil or b == nil then return end
      coroutine.yield(a, b)
    end
  end)
end
for a, b in zip(gen({ 1, 2, 3, 4 }), gen({ "a", "b", "c" })) do print(a, b) end
local function take(n, g)
  return coroutine.wrap(function()
    for _ = 1, n do
      local v = g()
      if v == nil then return end
      coroutine.yield(v)
    end
  end)
end
local function naturals()
  return coroutine.wrap(function() local i = 0 while true do i = i + 1 coroutine.yield(i) end end)
end
local function map(f, g) return coroutine.wrap(function() for v in g do coroutine.yield(f(v)) end end) end
local function filter(p, g) return coroutine.wrap(function() for v in g do if p(v) then coroutine.yield(v) end end end) end
local out = {}
for v in take(8, map(function(x) return x * x end, filter(function(x) return x % 3 ~= 0 end, naturals()))) do out[#out + 1] = v end
print(table.concat(out, " "))
