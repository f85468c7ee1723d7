-- %f with precisions, widths and flags
local vals = { 0, 1, -1, 3.14159265358979, -2.5, 0.5, 1.5, 2.5, 0.125, 1e10, 1e-5, 123.456, 1/3, 2/3, 1e15, 99.995 }
for _, f in ipairs({ "%f", "%.0f", "%.1f", "%.2f", "%5.2f", "%-10.3f|", "%010.3f", "%+.2f", "% .2f", "%#.0f", "%.10f", "%12f", "%+012.4f" }) do
  local out = {}
  for _, v in ipairs(vals) do out[#out + 1] = string.format(f, v) end
  print(f, table.concat(out, " "))
end
print(string.format("%.99f", 1/3))
print(string.format("%f", 1e100))
print(string.format("%.3f", 2^63))
