-- pattern functions on long subjects
local s = string.rep("abcdefghij", 10000)
print(#s)
print(s:find("jab", 1, true), s:find("ja", 99990))
print(select(2, s:gsub("a", "")))
print(#s:gsub("%a", "xy"))
local n = 0
for _ in s:gmatch("def") do n = n + 1 end
print(n)
print(s:match("(j)(a)()", 50000))
print(#s:upper(), s:upper():sub(1, 5), #s:reverse())
print(s:find("%d"))
print(#string.rep("xy", 500000))
