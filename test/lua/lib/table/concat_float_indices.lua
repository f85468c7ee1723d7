-- i and j are converted with luaL_checkint (truncation)
local t = { "a", "b", "c", "d", "e" }
print(table.concat(t, "", 1.9, 3.9))
print(table.concat(t, "", "2", "4"))
print(table.concat(t, "", 2.5))
print(pcall(table.concat, t, "-", -0.5, 1.5))
print(table.concat(t, "-", 1.5, -0.5) == "")
print(pcall(table.concat, t, "", 0.5, 1))
