local mt = { __metatable = "locked", __index = { x = 1 } }
local t = setmetatable({}, mt)
print(getmetatable(t), t.x)
print(pcall(setmetatable, t, {}))
print(pcall(setmetatable, t, nil))
print(select(2, pcall(function() setmetatable(t, {}) end)))
-- __metatable may be any value, including false and tables
local f = setmetatable({}, { __metatable = false })
print(getmetatable(f), pcall(setmetatable, f, {}))
local fake = {}
local g = setmetatable({}, { __metatable = fake })
print(getmetatable(g) == fake)
-- the string metatable is not protected in 5.1
print(type(getmetatable("")), getmetatable("").__index == string)
-- rawget on the real metatable still works through debug
print(debug.getmetatable(t) == mt)
-- setmetatable returns its first argument
local r = {}
print(setmetatable(r, {}) == r, setmetatable(r, nil) == r, getmetatable(r))
