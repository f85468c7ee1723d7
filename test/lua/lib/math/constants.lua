-- derived constants
local function g(v) if v ~= v then return "NaN" end return string.format("%.17g", v) end
print(g(math.pi), g(4 * math.atan(1)), g(math.acos(-1)), g(2 * math.asin(1)))
print(g(math.exp(1)), g(math.sqrt(2)), g(math.log(2)), g(1 / math.sqrt(2)))
print(g(math.huge), g(-math.huge), g(2 ^ 1023 * 2), g(2 ^ -1074), g(2 ^ -1075))
print(math.pi == 3.141592653589793, math.huge == math.huge + 1)
