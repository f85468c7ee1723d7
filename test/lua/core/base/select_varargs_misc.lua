local function count(...) return select("#", ...) end
local args = {}
for i = 1, 100 do args[i] = i end
print(count(unpack(args)), select(100, unpack(args)), select(-1, unpack(args)))
print(select(99, unpack(args)))
print(select(-100, unpack(args)) == 1)
print(pcall(select, -101, unpack(args)))
local function tail(...) return select(2, ...) end
print(tail(1, 2, 3), tail(1), count(tail(1)))
print(select(2, "a", nil, "c"))
print(count(select(2, "a", nil, "c")))
