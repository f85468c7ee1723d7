local function inner() error("caught with a traceback") end
local function outer() inner() end
print(xpcall(outer, debug.traceback))
local ok, tb = xpcall(function() local t = nil return t.x end, debug.traceback)
print(ok)
print(tb)
