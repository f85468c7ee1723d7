-- namewhat and name for different kinds of calls (non-tail calls)
local function info() local i = debug.getinfo(2, "n") return tostring(i.name) .. "/" .. i.namewhat end
local function loc() local r = info() return r end
glob = function() local r = info() return r end
local t = { f = function() local r = info() return r end }
function t:m() local r = info() return r end
local up = function() local r = info() return r end
local function viaup() local r = up() return r end
print(loc())
print(glob())
print(t.f())
print(t:m())
print(viaup())
print((function() local r = info() return r end)())
print(pcall(function() local r = info() return r end))
local co = coroutine.wrap(function() local r = info() return r end)
print(co())
local mt = setmetatable({}, { __index = function() local r = info() return r end, __add = function() local r = info() return r end })
print(mt.x, mt + 1)
local tail = function() return info() end
print(tail())
local arr = { function() local r = info() return r end }
print(arr[1]())
print(string.gsub("a", "a", function() local r = info() return r end))
