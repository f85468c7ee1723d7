-- '*n' on many numeric spellings (fscanf %lf): print the number and the rest of the line
for i = 1, 16 do
  local n = io.read("*n")
  local rest = io.read("*l")
  print(i, n and string.format("%.17g", n) or "nil", "[" .. tostring(rest) .. "]")
end
