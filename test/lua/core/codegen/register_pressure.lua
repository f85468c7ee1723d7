-- expressions that need many temporaries at once
local function f(...) return select("#", ...), (select(select("#", ...), ...)) end
local a, b, c, d = 1, 2, 3, 4
print(f(a, b, c, d, a + b, c * d, a - d, (a + b) * (c + d), {a, b}, "s" .. a, not a, #"xyz"))
print(((a + b) * (c - d) + (a * b - c * d)) * ((a - b) * (c + d) - (a + c) * (b + d)))
local t = { { { { { a } } } } }
print(t[1][1][1][1][1] + t[1][1][1][1][1] * t[1][1][1][1][1])
local function g(x, y, z) return x .. y .. z end
print(g(g(a, b, c), g(b, c, d), g(c, d, g(a, a, a))))
local s = a .. b .. c .. d .. (a + b) .. (c + d) .. g(a, b, c) .. #"four" .. -a
print(s)
local args = {}
for i = 1, 200 do args[i] = i end
print(f(unpack(args)))
local src = "return f(" .. table.concat(args, ", ", 1, 200) .. ")"
print(setfenv(loadstring(src), { f = f })())
local nested = loadstring("return " .. string.rep("(", 150) .. "1" .. string.rep(" + 1)", 150))
print(nested())
local calls = "return " .. string.rep("g(1, 2, ", 60) .. "0" .. string.rep(")", 60)
print(#setfenv(loadstring(calls), { g = g })())
