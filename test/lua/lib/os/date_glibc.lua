-- conversions beyond C89 are passed to the C library's strftime (glibc here)
local t = 1700000000
for _, c in ipairs({ "C", "D", "e", "F", "g", "G", "h", "k", "l", "P", "r", "R", "s", "T", "u", "V", "z", "Z" }) do
  print(c, "[" .. os.date("!%" .. c, t) .. "]")
end
print("[" .. os.date("!%n", t) .. "]")
print("[" .. os.date("!%t", t) .. "]")
print("[" .. os.date("!%e", 86400 * 3) .. "]")
