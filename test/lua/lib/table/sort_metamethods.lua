-- sorting tables with __lt and __le metamethods
local mt = { __lt = function(a, b) return a.v < b.v end }
local function V(v) return setmetatable({ v = v }, mt) end
local t = { V(5), V(2), V(9), V(1), V(7) }
table.sort(t)
local o = {}
for i, x in ipairs(t) do o[i] = x.v end
print(table.concat(o, " "))
table.sort(t, function(a, b) return b < a end)
for i, x in ipairs(t) do o[i] = x.v end
print(table.concat(o, " "))
local nolt = { setmetatable({}, {}), setmetatable({}, {}) }
print(pcall(table.sort, nolt))
local mt2 = { __lt = function() return 1 end }
local u = { setmetatable({ n = 1 }, mt2), setmetatable({ n = 2 }, mt2) }
print(pcall(table.sort, u))
