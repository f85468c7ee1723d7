print(tonumber("10", 2), tonumber("10", 8), tonumber("10", 10), tonumber("10", 16), tonumber("10", 36))
print(tonumber("1111", 2), tonumber("777", 8), tonumber("ff", 16), tonumber("FF", 16), tonumber("zz", 36))
print(tonumber("ZZ", 36), tonumber("Zz", 36), tonumber("az", 36))
print(tonumber("2", 2), tonumber("8", 8), tonumber("9", 9), tonumber("a", 10), tonumber("g", 16))
print(tonumber("  101  ", 2), tonumber("\t7\n", 8), tonumber("1 1", 2))
print(tonumber("", 10), tonumber(" ", 16), tonumber("1.5", 10), tonumber("1e2", 10))
print(tonumber("0x10", 16), tonumber("0x10", 10), tonumber("0X1F", 16), tonumber("0x", 16))
print(tonumber("7fffffff", 16), tonumber("ffffffff", 16), tonumber("100000000", 16))
print(tonumber("11111111111111111111111111111111", 2))
print(tonumber(10, 16), tonumber(255, 16), tonumber(17, 8))
for base = 2, 36 do io.write(tonumber("11", base), " ") end
print()
for base = 2, 36 do io.write(tostring(tonumber("z", base)), " ") end
print()
local digits = "0123456789abcdefghijklmnopqrstuvwxyz"
for base = 2, 36, 5 do
  local s = digits:sub(2, base)
  io.write(base, "=", tonumber(s, base), " ")
end
print()
print(pcall(tonumber, "10", 1))
print(pcall(tonumber, "10", 37))
print(pcall(tonumber, "10", 0))
print(pcall(tonumber, "10", -1))
print(pcall(tonumber, "10", "x"))
print(pcall(tonumber, "10", "16"))
print(pcall(tonumber, "10", 16.9))
print(pcall(tonumber, nil, 16))
print(pcall(tonumber, {}, 10))
