-- building every byte with string.char and examining the result with string functions
local t = {}
for i = 0, 255 do t[#t + 1] = string.char(i) end
local s = table.concat(t)
print(#s, s:byte(1), s:byte(256), s:byte(128))
print(s:find("A"), s:find("%d+"), s:find("[%z]"))
print(#s:upper(), #s:lower(), s:upper() == s:lower())
print(select(2, s:gsub("%a", "")), select(2, s:gsub("%p", "")), select(2, s:gsub("%s", "")))
print(s:sub(49, 58), s:sub(66, 70), s:sub(98, 102))
print(#string.format("%q", s))
