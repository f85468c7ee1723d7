-- os.tmpname and os.clock: types only
local n = os.tmpname()
print(type(n), #n > 0)
local f = io.open(n, "w")
print(io.type(f))
f:close()
os.remove(n)
local a, b = os.tmpname(), os.tmpname()
print(a ~= b)
os.remove(a)
os.remove(b)
local c = os.clock()
print(type(c), c >= 0)
local x = 0
for i = 1, 10000 do x = x + i end
print(os.clock() >= c, x)
print(select("#", os.clock()))
