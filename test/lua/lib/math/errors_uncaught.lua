-- an uncaught math argument error
local function g(v) if v ~= v then return "NaN" end return string.format("%.17g", v) end
print(g(math.floor(2.5)))
print(math.floor("not a number"))
