-- the string library's contents in 5.1
local names = {}
for k, v in pairs(string) do names[#names + 1] = k .. ":" .. type(v) end
table.sort(names)
for _, n in ipairs(names) do print(n) end
print(#names)
