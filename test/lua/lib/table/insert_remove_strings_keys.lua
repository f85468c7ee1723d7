-- insert/remove ignore non-array keys; maxn/getn
local t = { 1, 2, 3, name = "t", [0] = "zero", [-1] = "neg" }
table.insert(t, 4)
table.insert(t, 1, 0)
print(table.concat(t, ","), t.name, t[0], t[-1])
print(table.remove(t), table.remove(t, 1), table.concat(t, ","), t.name, t[0])
print(table.getn(t), table.maxn(t))
local keys = {}
for k in pairs(t) do keys[#keys + 1] = tostring(k) end
table.sort(keys)
print(table.concat(keys, " "))
