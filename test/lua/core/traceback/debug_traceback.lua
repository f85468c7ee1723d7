local function a() return debug.traceback("message here") end
local function b() return a() .. "" end
print(b())
print(debug.traceback())
print(debug.traceback("level 2", 2))
local function lvl() return debug.traceback("from lvl", 1) end
print(lvl())
print(debug.traceback(nil))
print(debug.traceback({}) == nil, type(debug.traceback({})))
