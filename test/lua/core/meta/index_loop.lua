-- __index/__newindex chains longer than 100 levels raise "loop in gettable/settable"
local t = {}
setmetatable(t, { __index = t })
print(pcall(function() return t.x end))
local s = {}
setmetatable(s, { __newindex = s })
print(pcall(function() s.x = 1 end))
-- a long but finite chain is fine
local chain = { leaf = "found" }
for i = 1, 50 do chain = setmetatable({}, { __index = chain }) end
print(chain.leaf, chain.missing)
local long = { leaf = "found" }
for i = 1, 120 do long = setmetatable({}, { __index = long }) end
print(pcall(function() return long.leaf end))
-- two tables pointing at each other
local a, b = {}, {}
setmetatable(a, { __index = b })
setmetatable(b, { __index = a })
print(pcall(function() return a.k end))
-- function __index breaks the loop count
local depth = 0
local f = setmetatable({}, { __index = function(tbl, k) depth = depth + 1 if depth < 100 then return tbl[k] end return depth end })
print(f.x)
-- but nesting metamethod calls without bound overflows the (C) stack
local g = setmetatable({}, { __index = function(tbl, k) return tbl[k] end })
local ok, err = pcall(function() return g.x end)
print(ok, string.match(err, "stack overflow") ~= nil)
print(f.y, depth)
