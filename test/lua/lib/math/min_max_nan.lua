-- min/max with NaN depend on argument order (comparisons with NaN are false)
local function g(v) if v ~= v then return "NaN" end return string.format("%.17g", v) end
local nan = 0 / 0
print(g(math.max(nan, 1)), g(math.max(1, nan)), g(math.min(nan, 1)), g(math.min(1, nan)))
print(g(math.max(1, nan, 2)), g(math.min(3, nan, 2)))
print(g(math.max(-math.huge, nan)), g(math.min(math.huge, nan)))
print(nan == nan, nan ~= nan, nan < 1, nan > 1, not (nan >= 1))
local t = { nan }
print(t[1] == t[1], rawequal(t[1], t[1]))
