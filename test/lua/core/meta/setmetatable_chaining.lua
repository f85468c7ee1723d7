-- setmetatable returns the table, so calls can be chained
local mt1 = { __index = { a = 1 } }
local mt2 = { __index = { b = 2 } }
local t = setmetatable(setmetatable({}, mt1), mt2)
print(t.a, t.b, getmetatable(t) == mt2)
local u = setmetatable({}, nil)
print(getmetatable(u))
local v = setmetatable({}, { __metatable = "sealed" })
print(getmetatable(v), pcall(setmetatable, v, nil))
print(getmetatable(setmetatable({}, getmetatable(t))) == mt2)
local shared = { __index = function(tbl, k) return k .. "?" end }
local p, q = setmetatable({}, shared), setmetatable({}, shared)
shared.__index = function(tbl, k) return k .. "!" end
print(p.x, q.y)
