-- all 256 byte values through standard input
local s = io.read("*a")
print(#s)
local sum, ok = 0, true
for i = 1, #s do
  sum = sum + s:byte(i)
  if s:byte(i) ~= (i - 1) % 256 then ok = false end
end
print(sum, ok)
