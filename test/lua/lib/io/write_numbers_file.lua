-- numbers written to a file use %.14g; reading them back with '*n'
local name = os.tmpname()
local f = assert(io.open(name, "w"))
local vals = { 1, -2, 0.1, 1/3, 1e100, 2^53, 123456789012, -1.5e-7 }
for _, v in ipairs(vals) do f:write(v, "\n") end
f:close()
f = assert(io.open(name))
print(f:read("*a"))
f:seek("set")
for i = 1, #vals do
  local v = f:read("*n")
  print(v, v == vals[i])
end
f:close()
os.remove(name)
