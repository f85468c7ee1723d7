local inputs = { "10", "  10  ", "\t10\n", "-10", "+10", "10.5", ".5", "5.", "1e3", "1E3", "1e-3",
  "-1.5e+2", "0", "-0", "00010", "0010.0100", "1e", "e1", "abc", "", " ", "10a", "a10", "1 0",
  "1..2", "--1", "- 1", "+-1", "0x", "0x10", "0X1f", "-0x10", " 0x10 ", "0x1g", "1e+", "1e-",
  "123456789012345678901234567890", "\v5\f", "5\0", "3.14159" }
for _, s in ipairs(inputs) do
  local n = tonumber(s)
  print(string.format("%q", s), n, type(n))
end
print(tonumber(10), tonumber(-1.5), tonumber(1e100))
print(tonumber(nil), tonumber(true), tonumber({}), tonumber(print))
print(pcall(tonumber))
print(tonumber("10", nil))
