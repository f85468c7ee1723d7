-- args: 10 0x1F 1e3 -5 3.25 abc
local sum = 0
for i = 1, #arg do
  local n = tonumber(arg[i])
  print(arg[i], n)
  if n then sum = sum + n end
end
print("sum", sum)
print(pcall(function() return arg[6] + 1 end))
