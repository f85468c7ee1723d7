local function level3() local x = {} return x.a.b end
local function level2() return (level3()) end
local function level1() local r = level2() return r end
print(xpcall(level1, debug.traceback))
level1()
