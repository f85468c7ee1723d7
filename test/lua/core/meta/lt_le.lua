local log = {}
local N = {}
N.__lt = function(a, b) log[#log + 1] = "lt(" .. a.v .. "," .. b.v .. ")" return a.v < b.v end
N.__le = function(a, b) log[#log + 1] = "le(" .. a.v .. "," .. b.v .. ")" return a.v <= b.v end
local function n(v) return setmetatable({ v = v }, N) end
local one, two = n(1), n(2)
print(one < two, one > two, one <= two, one >= two, two <= two)
print(table.concat(log, " "))
-- __le falls back to not __lt(b, a)
log = {}
local M = { __lt = function(a, b) log[#log + 1] = "lt(" .. a.v .. "," .. b.v .. ")" return a.v < b.v end }
local function m(v) return setmetatable({ v = v }, M) end
print(m(1) <= m(2), m(2) <= m(1), m(1) >= m(1))
print(table.concat(log, " "))
-- no __lt: error, even if __le exists
local only_le = { __le = function() return true end }
local l1, l2 = setmetatable({}, only_le), setmetatable({}, only_le)
print(l1 <= l2, pcall(function() return l1 < l2 end))
-- results converted to booleans
local odd = { __lt = function() return "truthy" end, __le = function() return nil end }
local o1, o2 = setmetatable({}, odd), setmetatable({}, odd)
print(o1 < o2, o1 <= o2, o1 > o2, o1 >= o2)
-- different metamethods: error
local A = setmetatable({}, { __lt = function() return true end })
local B = setmetatable({}, { __lt = function() return true end })
print(pcall(function() return A < B end))
-- mixed types never use metamethods in 5.1
print(pcall(function() return one < 5 end))
print(pcall(function() return 5 <= one end))
print(pcall(function() return "a" < one end))
-- sorting with __lt
local arr = { n(5), n(3), n(9), n(1) }
table.sort(arr)
local vs = {}
for i, v in ipairs(arr) do vs[i] = v.v end
print(table.concat(vs, ","))
