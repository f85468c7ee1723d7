-- metamethods are looked up in the object's own metatable only; __index does not lend them
local Base = {}
Base.__index = Base
Base.__add = function(a, b) return "Base add" end
Base.__tostring = function() return "Base tostring" end
function Base.new() return setmetatable({}, Base) end
local Derived = setmetatable({}, { __index = Base })
Derived.__index = Derived
function Derived.new() return setmetatable({}, Derived) end
local b, d = Base.new(), Derived.new()
print(b + b, tostring(b))
print(d.new == Derived.new, rawget(Derived, "__add"), Derived.__add == Base.__add)
print(pcall(function() return d + d end))
print(tostring(d):match("^table: ") ~= nil)
-- a mixed pair uses whichever operand has the metamethod
print(b + d, d + b)
-- copying metamethods makes them work
for _, k in ipairs({ "__add", "__tostring" }) do Derived[k] = Base[k] end
print(d + d, tostring(d))
