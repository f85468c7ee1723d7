local parts = {}
for i = 0, 255 do parts[#parts + 1] = "\\" .. i end
local s = loadstring('return "' .. table.concat(parts) .. '"')()
print(#s)
local ok = true
for i = 0, 255 do if s:byte(i + 1) ~= i then ok = false end end
print(ok)
local q = string.format("%q", s)
print(#q, loadstring("return " .. q)() == s)
local chars = {}
for i = 0, 255 do chars[#chars + 1] = string.char(i) end
print(table.concat(chars) == s)
print(s:sub(66, 70), s:sub(98, 100))
