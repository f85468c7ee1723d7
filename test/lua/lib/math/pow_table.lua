-- powers of 2, 3, 10 and fractional powers
local function g(v) if v ~= v then return "NaN" end return string.format("%.17g", v) end
local row = {}
for i = -10, 60, 7 do row[#row + 1] = g(2 ^ i) end
print(table.concat(row, " "))
row = {}
for i = 0, 40, 4 do row[#row + 1] = g(3 ^ i) end
print(table.concat(row, " "))
row = {}
for i = -5, 22 do row[#row + 1] = g(10 ^ i) end
print(table.concat(row, " "))
row = {}
for _, e in ipairs({ 0.5, 1.5, 2.5, -0.5, 1 / 3, 0.1 }) do row[#row + 1] = g(2 ^ e) .. "," .. g(10 ^ e) end
print(table.concat(row, " "))
