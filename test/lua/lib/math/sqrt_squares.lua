-- sqrt of perfect squares is exact; sqrt of non-squares
local function g(v) if v ~= v then return "NaN" end return string.format("%.17g", v) end
local exact = 0
for i = 0, 2000 do if math.sqrt(i * i) == i then exact = exact + 1 end end
print(exact)
local row = {}
for i = 2, 30 do row[#row + 1] = g(math.sqrt(i)) end
print(table.concat(row, " "))
print(g(math.sqrt(2^52)), g(math.sqrt(2^53 + 2)), g(math.sqrt(0.5)), g(math.sqrt(1e-310)))
