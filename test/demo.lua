-- The quick-start demo.
local function fib(n) if n < 2 then return n end return fib(n - 1) + fib(n - 2) end
local t = {}
for i = 1, 10 do t[#t + 1] = fib(i) end
print("fib: " .. table.concat(t, " "))
print(string.format("%s %5.2f %q", _VERSION, math.pi, "lupa"))
