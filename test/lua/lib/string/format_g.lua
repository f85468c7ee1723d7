-- %g and %G across many magnitudes
local vals = {}
for e = -12, 20, 2 do vals[#vals + 1] = 1.2345678901234 * 10 ^ e end
for _, v in ipairs({ 0, 1, -1, 100000, 1000000, 1e-4, 1e-5, 0.5, 123456789, 2^53, 1/3, 1e300, 5e-324, 100, 1e21 }) do vals[#vals + 1] = v end
for _, f in ipairs({ "%g", "%G", "%.3g", "%.10g", "%.14g", "%.17g", "%#g", "%10.4g|", "%-10.2g|", "%+g", "%.0g", "%#.3G" }) do
  local out = {}
  for _, v in ipairs(vals) do out[#out + 1] = string.format(f, v) end
  print(f, table.concat(out, " "))
end
