-- %.Ne for N = 0..16 and exponents of every size
local vals = { 1, 9.999, 0.0009995, 1e-300, 1e300, 6.02214076e23, 1.602176634e-19, 2^-1074, 2^1023 }
for _, v in ipairs(vals) do
  local row = {}
  for p = 0, 16, 4 do row[#row + 1] = string.format("%." .. p .. "e", v) end
  print(table.concat(row, " "))
end
