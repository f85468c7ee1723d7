-- traceback levels and error handlers
local function a(level) return debug.traceback("lvl " .. level, level) end
local function b(level) return a(level) end
local function c(level) return b(level) end
for level = 0, 5 do print(c(level)) end
local function fails() error("oops") end
print(xpcall(fails, debug.traceback))
print(select(2, xpcall(function() local x = nil; return x.y end, debug.traceback)))
