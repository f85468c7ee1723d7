-- w+ file: write, seek back, read, overwrite in the middle
local f = io.tmpfile()
for i = 1, 5 do f:write(string.format("%02d,", i)) end
f:seek("set")
print(f:read("*a"))
f:seek("set", 3)
f:write("XX")
f:seek("set")
print(f:read("*a"))
f:seek("end", -3)
print(f:read(2))
f:seek("set")
local parts = {}
for i = 1, 5 do
  local n = f:read("*n")
  parts[#parts + 1] = tostring(n)
  f:read(1)
end
print(table.concat(parts, " "))
f:close()
