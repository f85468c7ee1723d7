-- the io library and file methods in 5.1
local names = {}
for k, v in pairs(io) do names[#names + 1] = k .. ":" .. type(v) end
table.sort(names)
print(table.concat(names, " "))
local m = {}
for k, v in pairs(getmetatable(io.stdout).__index) do m[#m + 1] = k .. ":" .. type(v) end
table.sort(m)
print(table.concat(m, " "))
local mt = {}
for k, v in pairs(getmetatable(io.stdout)) do mt[#mt + 1] = k end
table.sort(mt)
print(table.concat(mt, " "))
