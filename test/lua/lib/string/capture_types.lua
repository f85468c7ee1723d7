-- position captures are numbers, ordinary captures are strings
local a, b, c = ("hello"):match("()(l+)()")
print(type(a), type(b), type(c), a, b, c)
local i, j, p = ("hello"):find("()ll")
print(type(i), type(j), type(p), i, j, p)
for pos, ch in ("ab"):gmatch("()(.)") do print(type(pos), pos, type(ch), ch) end
print(("abc"):gsub("()", function(p) return type(p) == "number" and "#" or "?" end))
local m = ("123"):match("%d+")
print(type(m), m + 1)
