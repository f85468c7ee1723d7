-- the expressions are evaluated once, before the loop
local calls = 0
local function lim() calls = calls + 1 return 3 end
for i = 1, lim() do end
print(calls)
local n = 3
local iters = 0
for i = 1, n do n = 10; iters = iters + 1 end
print(iters, n)
-- assigning to the loop variable does not change the iteration
local seen = {}
for i = 1, 5 do
  seen[#seen + 1] = i
  i = i * 100
  seen[#seen + 1] = i
end
print(table.concat(seen, ","))
-- the loop variable is local to the loop
i = "global i"
for i = 1, 2 do end
print(i)
-- a fresh variable per iteration
local fns = {}
for j = 1, 3 do fns[j] = function() return j end end
print(fns[1](), fns[2](), fns[3]())
-- string bounds are converted to numbers
local t = {}
for k = "1", "3" do t[#t + 1] = k end
print(table.concat(t, ","), type(t[1]))
for k = "0x10", 17 do io.write(k, " ") end
print()
for k = 1, 2, "1" do io.write(k, " ") end
print()
-- float accumulation: the loop adds the step each time
local last
for x = 0, 0.3, 0.1 do last = x end
print(last)
local vals = {}
for x = 1, 2, 0.5 do vals[#vals + 1] = x end
print(table.concat(vals, " "))
-- nested numeric fors
local s = 0
for a = 1, 10 do for b = a, 10 do s = s + a * b end end
print(s)
