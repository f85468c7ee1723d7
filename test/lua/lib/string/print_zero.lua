-- print() in Lua 5.1 writes strings with fputs: output stops at an embedded "\0".
-- io.write writes every byte.
local s = "abc\0def"
print(s)
print(s, "after")
print("x\0y", "\0z", 1)
io.write(s, "\n")
io.write("[", "x\0y", "]\n")
print(#s)
print(tostring(s) == s)
print(string.format("%s|", s))
io.write(string.format("%s|", s), "\n")
io.write(string.format("%q", s), "\n")
print(string.format("%q", s))
