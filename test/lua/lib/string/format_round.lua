-- rounding in %f/%e/%g is correctly rounded on the exact binary value
local vals = { 0.5, 1.5, 2.5, 3.5, 0.125, 0.375, 2.675, 1.005, 1.115, 0.045, 5e-7, 9.995, 99.5, 0.05, 0.15, 0.25, 0.35 }
for _, v in ipairs(vals) do
  print(string.format("%.17g  %.0f %.1f %.2f  %.0e %.1e  %.1g %.2g", v, v, v, v, v, v, v, v))
end
