-- table.insert: append and positional insert
local function show(t, n) local o = {} for i = 1, n or #t do o[i] = tostring(t[i]) end return #t .. ":" .. table.concat(o, ",") end
local t = {}
table.insert(t, "a")
table.insert(t, "b")
print(show(t))
table.insert(t, 1, "z")
print(show(t))
table.insert(t, 2, "y")
print(show(t))
table.insert(t, #t + 1, "end")
print(show(t))
table.insert(t, #t, "penult")
print(show(t))
table.insert(t, 3, nil)
print(t[2], t[3], t[4], t[7], t[8])
t = { 1, 2, 3 }
table.insert(t, "2", "s")
print(show(t))
table.insert(t, 2.9, "f")
print(show(t))
t = {}
for i = 1, 10 do table.insert(t, 1, i) end
print(show(t))
print(select('#', table.insert({}, 1)))
t = { n = 1 }
table.insert(t, "x")
print(t[1], t.n, #t)
