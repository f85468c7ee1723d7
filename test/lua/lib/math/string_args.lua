-- math functions convert numeric strings
local function g(v) if v ~= v then return "NaN" end return string.format("%.17g", v) end
print(g(math.floor("3.7")), g(math.ceil(" 3.2 ")), g(math.abs("-0x10")), g(math.max("1", "2", "10")))
print(g(math.sqrt("1e2")), g(math.pow("2", "10")), g(math.fmod("10", "3")), g(math.ldexp("1", "4")))
print(type(math.max("10")), type(math.floor("2")))
print(pcall(math.floor, "3.7x"))
print(pcall(math.abs, ""))
