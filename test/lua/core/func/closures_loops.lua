local fs = {}
for i = 1, 5 do fs[i] = function() return i end end
local r = {}
for i = 1, 5 do r[i] = fs[i]() end
print(table.concat(r, ","))
-- modifying the captured loop variable affects only that iteration's copy
local gs = {}
for i = 1, 3 do
  gs[i] = { get = function() return i end, set = function(v) i = v end }
end
gs[2].set(20)
print(gs[1].get(), gs[2].get(), gs[3].get())
-- closures created in a while loop over a per-iteration local
local hs = {}
local n = 0
while n < 3 do
  n = n + 1
  local m = n
  hs[n] = function() m = m + 10 return m end
end
print(hs[1](), hs[1](), hs[2](), hs[3]())
-- a closure capturing an outer variable modified by the loop
local acc = 0
local adders = {}
for i = 1, 3 do
  acc = acc + i
  adders[i] = function() return acc end
end
print(adders[1](), adders[2](), adders[3]())
-- generic-for variables are fresh per iteration too
local ks = {}
for k, v in pairs({ a = 1 }) do ks[1] = function() return k, v end end
print(ks[1]())
-- nested loops
local grid = {}
for x = 1, 3 do for y = 1, 3 do grid[#grid + 1] = function() return x * y end end end
local s = 0
for _, f in ipairs(grid) do s = s + f() end
print(s)
