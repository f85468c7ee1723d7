-- wrong number of arguments to insert, uncaught
local t = {}
table.insert(t, 1, "a")
print(t[1])
table.insert(t, 1, "b", "c")
