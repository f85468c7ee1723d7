-- writing and iterating many lines
local name = os.tmpname()
local f = assert(io.open(name, "w"))
for i = 1, 5000 do f:write("line ", i, "\n") end
f:close()
local count, sum = 0, 0
for l in io.lines(name) do
  count = count + 1
  sum = sum + tonumber(l:match("%d+"))
end
print(count, sum)
f = assert(io.open(name))
print(f:seek("end"))
f:close()
os.remove(name)
