-- table.remove from the end, middle, start, empty and out-of-range
local function show(t) local o = {} for i = 1, #t do o[i] = tostring(t[i]) end return #t .. ":" .. table.concat(o, ",") end
local t = { "a", "b", "c", "d", "e" }
print(table.remove(t), show(t))
print(table.remove(t, 1), show(t))
print(table.remove(t, 2), show(t))
print(table.remove(t, #t), show(t))
print(table.remove(t), show(t))
print(table.remove(t), show(t))
print(select('#', table.remove(t)), show(t))
print(select('#', table.remove({}, 1)))
print(select('#', table.remove({ 1, 2, 3 }, 4)))
print(select('#', table.remove({ 1, 2, 3 }, 0)))
print(select('#', table.remove({ 1, 2, 3 }, -1)))
t = { 1, 2, 3 }
print(table.remove(t, "2"), show(t))
t = { [0] = "zero" }
print(select('#', table.remove(t)), t[0])
t = { 1, 2, 3 }
print(table.remove(t, 1.5), show(t))
t = {}
for i = 1, 20 do t[i] = i * i end
local sum = 0
while #t > 0 do sum = sum + table.remove(t) end
print(sum)
t = { "x", "y" }
print(table.remove(t, 1), table.remove(t, 1), select('#', table.remove(t, 1)))
