-- all 256 byte values written to a temp file and read back
local name = os.tmpname()
local t = {}
for i = 0, 255 do t[#t + 1] = string.char(i) end
local data = table.concat(t)
local f = assert(io.open(name, "wb"))
f:write(data, data)
f:close()
f = assert(io.open(name, "rb"))
local back = f:read("*a")
f:close()
print(#back, back == data .. data)
f = assert(io.open(name, "rb"))
local lines = 0
for l in f:lines() do lines = lines + 1 end
f:close()
print(lines)
f = assert(io.open(name, "rb"))
print(f:read(10):byte(1, -1))
print(#f:read("*l"))
f:close()
os.remove(name)
