-- widths from 0 to 99 on several specifiers
for _, w in ipairs({ 1, 2, 5, 9, 10, 20, 50, 99 }) do
  local f = "%" .. w
  print(w, "[" .. string.format(f .. "d", 42) .. "]")
  print(w, "[" .. string.format("%-" .. w .. "s", "ab") .. "]")
  print(w, "[" .. string.format(f .. ".2f", 3.14159) .. "]")
  print(w, "[" .. string.format("%0" .. w .. "x", 255) .. "]")
end
print(pcall(string.format, "%100s", "x"))
print(pcall(string.format, "%-100s", "x"))
print(pcall(string.format, "%.99s", "x"))
print(pcall(string.format, "%99.99f", 1))
