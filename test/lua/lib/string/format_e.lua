-- %e and %E
local vals = { 0, 1, -1, 10, 0.1, 123456.789, 1e-10, 1e100, -1e-100, 1/3, 5e-324, 1.7976931348623157e308, 2^53, 0.000123 }
for _, f in ipairs({ "%e", "%E", "%.0e", "%.2e", "%12.3e", "%-12.3e|", "%+e", "% e", "%#.0e", "%015.4E" }) do
  local out = {}
  for _, v in ipairs(vals) do out[#out + 1] = string.format(f, v) end
  print(f, table.concat(out, " "))
end
