-- negative zero and tiny negatives in every numeric conversion
local vals = { -0.4, -0.5, -0.6, -1e-10, -1e-300 }
for _, v in ipairs(vals) do
  print(string.format("%.0f|%.1f|%d|%i|%g|%.0e|%x", v, v, v, v, v, v, v))
end
print(string.format("%g %f %e %.3g", -1e-320, -1e-320, -1e-320, -1e-320))
