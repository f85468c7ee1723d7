-- metamethods are fetched from the metatable with a raw access
local proto = { __add = function() return "from proto" end, __index = function() return "idx" end }
local mt = setmetatable({}, { __index = proto })
local t = setmetatable({}, mt)
print(pcall(function() return t + 1 end))
print(t.anything)
-- changing the metatable after setmetatable takes effect immediately
local m2 = {}
local u = setmetatable({}, m2)
print(pcall(function() return u + 1 end))
m2.__add = function() return "added later" end
print(u + 1)
m2.__add = nil
print(pcall(function() return u + 1 end))
m2.__index = { k = "late index" }
print(u.k)
m2.__index = nil
print(u.k)
-- switching metatables
local A = { __tostring = function() return "A" end }
local B = { __tostring = function() return "B" end }
local obj = setmetatable({}, A)
print(tostring(obj))
setmetatable(obj, B)
print(tostring(obj))
setmetatable(obj, nil)
print(tostring(obj):match("^table:") ~= nil)
-- a metatable can be its own metatable and can be shared
local shared = {}
shared.__index = shared
shared.hello = "hi"
local x, y = setmetatable({}, shared), setmetatable({}, shared)
print(x.hello, y.hello, getmetatable(x) == getmetatable(y))
