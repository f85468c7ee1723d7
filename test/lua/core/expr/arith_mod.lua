-- a % b == a - floor(a/b)*b
local vals = { 5, -5, 5.5, -5.5, 0, 3, -3, 0.5, 1e300 }
for _, a in ipairs({ 5, -5, 5.5, -5.5, 0, 7 }) do
  local row = {}
  for _, b in ipairs({ 3, -3, 2, -2, 0.5, 1.5 }) do row[#row + 1] = tostring(a % b) end
  print(a, table.concat(row, " "))
end
local function isnan(x) return x ~= x end
print(isnan(5 % 0), isnan(-5 % 0), isnan(0 % 0))
print(isnan(5 % (1/0)), isnan(-5 % (1/0)), isnan(5 % (-1/0)), isnan(-5 % (-1/0)))
print(isnan((1/0) % 2), isnan((-1/0) % 2))
print((0/0) % 2 ~= (0/0) % 2)
print(2^53 % 2, (2^53 + 2) % 3, 1e15 % 7)
print(-0.0 % 1, 0.3 % 0.1, 1 % 0.1)
print(-1 % 1e300, 1 % -1e300)
print(10 % 3.25, -10 % 3.25)
print(vals[9] % 7)
for i = -4, 4 do io.write(i % 3, " ") end
print()
for i = -4, 4 do io.write(i % -3, " ") end
print()
