-- table.getn on arrays built in different ways (no holes)
local a = {}
for i = 1, 100 do a[i] = i end
print(table.getn(a), #a)
local b = { 1, 2, 3, n = 10 }
print(table.getn(b), #b)
local c = { n = 3 }
print(table.getn(c))
local d = {}
d[1] = 1; d[2] = 2; d[3] = 3
d[3] = nil
print(table.getn(d))
local e = { "x", "y", "z" }
table.remove(e)
print(table.getn(e))
print(table.getn({ [1] = "a", [2] = "b" }))
print(table.getn({}), table.getn({ n = 0 }), table.getn({ nil }))
