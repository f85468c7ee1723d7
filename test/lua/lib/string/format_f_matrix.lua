-- %.Nf for N = 0..20
local vals = { 0.1, 0.7, 1/7, 123.456, -0.0005, 1e-7, 5.5, 6.5, 1e20, 2^-20 }
for _, v in ipairs(vals) do
  local row = {}
  for p = 0, 20, 4 do row[#row + 1] = string.format("%." .. p .. "f", v) end
  print(table.concat(row, " "))
end
