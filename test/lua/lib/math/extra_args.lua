-- extra arguments to math functions are ignored; missing ones are errors
local function g(v) if v ~= v then return "NaN" end return string.format("%.17g", v) end
print(g(math.sin(1, 2, 3)), g(math.floor(2.5, "x")), g(math.abs(-3, nil)), g(math.sqrt(4, {})))
print(g(math.pow(2, 3, 4)), g(math.fmod(7, 3, 1)), g(math.ldexp(1, 2, 3)))
print(pcall(function() local r = math.floor() return r end))
print(pcall(function() local r = math.pow(2) return r end))
print(pcall(function() local r = math.max() return r end))
print(pcall(function() local r = math.sqrt("four") return r end))
print(pcall(function() local r = math.huge() return r end))
