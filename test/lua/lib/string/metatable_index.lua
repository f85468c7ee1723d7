-- indexing a string with numbers or missing keys yields nil (5.1)
local s = "abc"
print(s[1], s[0], s.x)
print(rawequal(getmetatable(s).__index, string))
print(pcall(function() return s:nosuch() end))
print(pcall(function() local x = ("abc").len("zz") return x end))
print(pcall(function() return (5):rep(2) end))
print(pcall(function() local t = nil; return t:upper() end))
-- numbers are not strings for method calls
print(pcall(function() local n = 10 return n:len() end))
-- arithmetic coercion of strings
print("10" + 1, "3" * "4", "2" ^ 2, -"2", "0x10" + 0, " 5 " * 2)
print(pcall(function() return "a" + 1 end))
print(pcall(function() return {} .. "x" end))
print(10 .. 20, 1.5 .. "", -0.0 .. "")
print("10" == 10, "abc" < "abd", "Z" < "a", "" < "a", "a\0b" < "a\0c")
print(pcall(function() return "a" < 1 end))
