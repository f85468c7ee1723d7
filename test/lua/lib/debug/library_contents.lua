-- the debug library in 5.1
local names = {}
for k, v in pairs(debug) do names[#names + 1] = k .. ":" .. type(v) end
table.sort(names)
for _, n in ipairs(names) do print(n) end
