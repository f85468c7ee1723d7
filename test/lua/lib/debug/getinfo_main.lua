-- getinfo on the main chunk and levels beyond the stack
local i = debug.getinfo(1, "nSlu")
print(i.what, i.namewhat == "", i.name, i.nups, i.currentline, i.linedefined, i.source)
local top = 1
while debug.getinfo(top) do top = top + 1 end
print("levels", top - 1)
local c = debug.getinfo(top - 1, "S")
print(c.what, c.short_src, c.source)
print(debug.getinfo(top))
print(debug.getinfo(0, "n").name)
local function lvl() return debug.getinfo(0, "n").name, debug.getinfo(1, "n").name end
print(lvl())
