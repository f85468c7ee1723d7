-- file:read('*n') on a committed data file
local f = assert(io.open("data/numbers.txt"))
local out = {}
while true do
  local n = f:read("*n")
  if not n then break end
  out[#out + 1] = string.format("%.17g", n)
end
print(#out, table.concat(out, " "))
print(f:read("*l"))
print(f:read("*n"))
print(f:read("*l"))
print(f:read("*n"))
print(f:read("*n"))
print(f:read("*a"))
f:close()
