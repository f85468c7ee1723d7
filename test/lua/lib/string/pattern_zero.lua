-- embedded zeros: patterns vs plain search vs %z
local s = "a\0b\0c"
print(s:find("\0"))
print(s:find("\0", 3))
print(s:find("b\0", 1, true))
print(s:find("%z"))
print(s:find("%z", 3))
print(s:match("(%Z+)"))
print(select(2, s:gsub("%z", "")))
print(s:gsub("%z", "-"))
print((s:gsub("%Z", "")):byte(1, -1))
print(s:match(".%z."))
print((s:match("[%z]")):byte())
print(s:match("[^%z]+", 2))
print(#s, s:len(), s:upper():byte(1, -1))
local n = 0
for part in s:gmatch("%Z+") do n = n + 1; io.write(part, ";") end
print(n)
print(("a\0b"):find("a\0b", 1, true))
print(("x\0y"):rep(2):byte(1, -1))
