-- number to string conversion (%.14g) as used by tostring, print, .. and string functions
local vals = { 0, 1, -1, 0.1, 1/3, 2/3, 100, 1e14, 1e15, 1e16, 123456789012345, 1234567890123456,
  2^53, 2^63, 1e100, 1e-5, 1e-4, 0.00001234, 3.14159265358979, 1e308, 5e-324, 255, -1e-10, 12.5, 1e21 }
for _, v in ipairs(vals) do
  print(v, tostring(v), v .. "", string.format("%.14g", v), #tostring(v))
end
print(string.len(1/3), string.rep(0.5, 2), string.upper(1e100))
