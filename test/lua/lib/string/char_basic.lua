-- string.char
print(string.char())
print(#string.char())
print(string.char(72, 101, 108, 108, 111))
print(string.char(65.0, 66, "67"))
print(#string.char(0, 0, 0))
print(string.char(0, 65, 0) == "\0A\0")
print(string.char(228, 189, 160):byte(1, -1))
print(string.char(97):rep(3))
local t = {}
for i = 32, 126 do t[#t + 1] = string.char(i) end
print(table.concat(t))
print(string.char(255):byte())
print(string.char(3.9):byte())
print(string.char(" 66 "))
print(string.char("0x41"))
