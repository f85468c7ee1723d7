-- long patterns and many pattern items
local p = string.rep("a?", 12) .. string.rep("a", 12)
print(string.rep("a", 12):match("^" .. p .. "$") ~= nil)
local p2 = string.rep("(.)", 20)
print(select("#", string.rep("xy", 10):match(p2)))
local p3 = string.rep("%w", 50)
print(#(string.rep("z", 60):match(p3)))
local p4 = "^" .. string.rep("[%a%d]", 10) .. "$"
print(("abc123XYZ0"):match(p4), ("abc123XYZ"):match(p4))
print(string.rep("ab", 100):find(string.rep("ab", 99) .. "b"))
