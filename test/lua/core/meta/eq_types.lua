-- __eq is only consulted for two tables or two userdata
local mt = { __eq = function() return true end }
local t1, t2 = setmetatable({}, mt), setmetatable({}, mt)
local u1 = newproxy(true)
getmetatable(u1).__eq = mt.__eq
print(t1 == t2, t1 == u1, u1 == t1, t1 == 1, t1 == "x", t1 == nil)
print(t1 ~= u1)
-- comparing with false/true
print(t1 == false, t1 == true)
-- __eq with the same function stored in two different metatables
local f = function(a, b) return a.k == b.k end
local a = setmetatable({ k = 1 }, { __eq = f })
local b = setmetatable({ k = 1 }, { __eq = f })
local c = setmetatable({ k = 1 }, { __eq = function(x, y) return x.k == y.k end })
print(a == b, a == c, b == c)
-- identical metatable but __eq set to a non-function
local weird = { __eq = "not a function" }
local w1, w2 = setmetatable({}, weird), setmetatable({}, weird)
print(pcall(function() return w1 == w2 end))
