-- %d and %i with flags and widths
local vals = { 0, 1, -1, 42, -42, 123456789, 2147483647, -2147483648, 2^31, 2^40, -2^40, 3.7, -3.7, 0.5, -0.5, 1e15 }
local fmts = { "%d", "%i", "%5d", "%-5d|", "%05d", "%+d", "% d", "%+05d", "%-+6d|", "%.3d", "%8.3d", "%-8.3d|", "%.0d", "% 05d" }
for _, f in ipairs(fmts) do
  local out = {}
  for _, v in ipairs(vals) do out[#out + 1] = string.format(f, v) end
  print(f, table.concat(out, " "))
end
print(string.format("%d", "10"), string.format("%d", " 0x10 "))
print(string.format("%.0d", 0) == "")
