-- %.Ng for N = 1..17 around the exponent switch points
local vals = { 1e-5, 9.99999e-5, 1e-4, 0.00012345, 123456, 999999, 1e6, 1234567, 9.5, 99.95, 1e15, 1e16, 1e17, 123456789012345678 }
for _, v in ipairs(vals) do
  local row = {}
  for p = 1, 17, 2 do row[#row + 1] = string.format("%." .. p .. "g", v) end
  print(table.concat(row, " "))
end
