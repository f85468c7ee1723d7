-- the table library's contents in 5.1
local names = {}
for k, v in pairs(table) do names[#names + 1] = k .. ":" .. type(v) end
table.sort(names)
print(#names, table.concat(names, " "))
print(type(unpack), type(table.unpack), type(table.pack))
