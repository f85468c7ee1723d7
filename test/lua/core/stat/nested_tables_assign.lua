local t = {}
t.a = {}
t.a.b = {}
t.a.b.c = "deep"
print(t.a.b.c)
t["a"]["b"]["d"] = 1
t.a.b.d = t.a.b.d + 1
print(t.a.b.d)
local k = "dyn"
t[k] = { [k] = { [k] = k } }
print(t.dyn.dyn.dyn)
local list = {}
for i = 1, 5 do list[i] = { id = i, sq = i * i } end
list[3].sq = -1
local out = {}
for i = 1, #list do out[i] = list[i].id .. ":" .. list[i].sq end
print(table.concat(out, " "))
print(pcall(function() local x = {} x.y.z = 1 end))
print(pcall(function() local x = {} x.y.z.w = 1 end))
print(pcall(function() undefined_table.field = 1 end))
