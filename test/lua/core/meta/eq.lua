local calls = 0
local eqf = function(a, b) calls = calls + 1 return a.id == b.id end
local mt = { __eq = eqf }
local a = setmetatable({ id = 1 }, mt)
local b = setmetatable({ id = 1 }, mt)
local c = setmetatable({ id = 2 }, mt)
print(a == b, a == c, a ~= b, a ~= c, calls)
-- identical objects never call __eq
calls = 0
print(a == a, calls)
-- different metatables with the same function: called
local b2 = setmetatable({ id = 1 }, { __eq = eqf })
print(a == b2, calls)
-- different functions: not called, false
local other = setmetatable({ id = 1 }, { __eq = function() return true end })
print(a == other, other == a)
-- only one side has __eq: false
local plain = { id = 1 }
print(a == plain, plain == a)
-- different types never compare equal, no call
calls = 0
print(a == 1, a == "x", a == nil, calls)
-- result converted to boolean
local truthy = { __eq = function() return "yes" end }
local x, y = setmetatable({}, truthy), setmetatable({}, truthy)
print(x == y, x ~= y)
local falsy = { __eq = function() return nil end }
local p, q = setmetatable({}, falsy), setmetatable({}, falsy)
print(p == q, p ~= q)
-- rawequal ignores __eq
print(rawequal(a, b), rawequal(a, a))
-- __eq and table keys: keys use raw identity
local t = {}
t[a] = "a"
print(t[b], t[a])
-- userdata with __eq
local u1 = newproxy(true)
local u2 = newproxy(u1)
getmetatable(u1).__eq = function() return true end
print(u1 == u2, u1 ~= u2)
