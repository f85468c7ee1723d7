-- results where the C library (glibc libm) and common JavaScript Math implementations
-- are known to differ in the last bit; the reference's digits are the expected ones
local function g(label, v) print(label, string.format("%.17g", v)) end
g("cos(0.1)", math.cos(0.1))
g("cos(2^1023)", math.cos(2 ^ 1023))
g("atan(pi)", math.atan(math.pi))
g("log(3)", math.log(3))
g("pow(10,23)", math.pow(10, 23))
g("10^23", 10 ^ 23)
g("pow(27,23)", math.pow(27, 23))
g("pow(27,-2)", math.pow(27, -2))
g("pow(27,0.1)", math.pow(27, 0.1))
g("pow(27,100)", math.pow(27, 100))
g("1e23 literal", 1e23)
g("tonumber('1e23')", tonumber("1e23"))
