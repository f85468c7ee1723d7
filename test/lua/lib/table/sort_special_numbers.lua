-- sorting infinities, tiny and huge numbers, negative zero and NaN
local t = { 1, -math.huge, 5e-324, -5e-324, math.huge, 1e308, -1e308, 0, 2^53, -2^53 }
table.sort(t)
local out = {}
for i, v in ipairs(t) do out[i] = string.format("%.17g", v) end
print(table.concat(out, " "))
local withnan = { 3, 0 / 0, 1, 2 }
print(pcall(table.sort, withnan))
out = {}
for i = 1, 4 do out[i] = withnan[i] ~= withnan[i] and "NaN" or tostring(withnan[i]) end
print(table.concat(out, " "))
table.sort(t, function(a, b) return a > b end)
out = {}
for i, v in ipairs(t) do out[i] = string.format("%g", v) end
print(table.concat(out, " "))
