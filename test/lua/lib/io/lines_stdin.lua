-- io.lines() iterates standard input
local n = 0
for line in io.lines() do
  n = n + 1
  print(n, "[" .. line .. "]", #line)
end
print("total", n)
print(io.read())
