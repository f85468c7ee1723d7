-- in a multiple assignment lua5.1 performs the stores right to left
local log = {}
local proxy = setmetatable({}, { __newindex = function(t, k, v) log[#log + 1] = k .. "=" .. tostring(v) end })
proxy.a, proxy.b, proxy.c = 1, 2, 3
print(table.concat(log, " "))
log = {}
proxy[1], proxy[2] = "x", "y"
print(table.concat(log, " "))
local a
a, a = 1, 2
print(a)
local t = {}
t.x, t.x = "first", "second"
print(t.x)
g, g = 10, 20
print(g)
-- the right-hand side is evaluated left to right
local order = {}
local function v(x) order[#order + 1] = x return x end
local p, q, r = v(1), v(2), v(3)
print(table.concat(order, " "))
