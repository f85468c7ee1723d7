local base = { a = "base a", b = "base b" }
local mid = setmetatable({ b = "mid b", c = "mid c" }, { __index = base })
local top = setmetatable({ c = "top c" }, { __index = mid })
print(top.a, top.b, top.c, top.d)
print(rawget(top, "a"), rawget(top, "c"))
base.d = "late d"
print(top.d)
top.a = "own a"
print(top.a, base.a)
top.a = nil
print(top.a)
local t = setmetatable({}, { __index = { [1] = "one", [true] = "yes" } })
print(t[1], t[true], t[2])
-- __index is only consulted for absent keys (nil values count as absent)
local d = setmetatable({ present = false }, { __index = { present = "meta", missing = "meta" } })
print(d.present, d.missing)
-- a table __index that itself has an __index function
local f = setmetatable({}, { __index = function(_, k) return "fn:" .. tostring(k) end })
local g = setmetatable({}, { __index = f })
print(g.x, g[1])
-- method lookup through __index
local Class = {}
Class.__index = Class
function Class.new(v) return setmetatable({ v = v }, Class) end
function Class:get() return self.v end
print(Class.new(7):get(), Class.new("s"):get())
print(getmetatable(Class.new(1)) == Class)
