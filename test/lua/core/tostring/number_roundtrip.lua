local vals = { 1, 0.5, 0.1, 1/3, 2^53, 1e15, 1e16, 123.456, 1e-7, 2^-30, 1e300, 0.1 + 0.2 }
for _, v in ipairs(vals) do
  local s = tostring(v)
  local back = tonumber(s)
  print(s, back == v, string.format("%.17g", v) == string.format("%.17g", back))
end
print(tostring(0.1 + 0.2) == "0.3", 0.1 + 0.2 == 0.3)
print(tonumber(tostring(1/3)) == 1/3)
print(string.format("%.17g", 0.1), string.format("%.14g", 0.1))
