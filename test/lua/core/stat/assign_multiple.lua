local a, b, c = 1, 2, 3
print(a, b, c)
a, b = b, a
print(a, b)
a, b, c = c, a, b
print(a, b, c)
local x, y = 1
print(x, y)
x, y = 1, 2, 3
print(x, y)
local p, q, r = (function() return 1, 2, 3 end)()
print(p, q, r)
-- all expressions are evaluated before any assignment
local i = 3
local t = {}
i, t[i] = i + 1, 20
print(i, t[3], t[4])
local u = { 1, 2, 3 }
local k = 1
k, u[k] = k + 1, "changed"
print(k, u[1], u[2])
-- swap through table fields
local s = { x = 1, y = 2 }
s.x, s.y = s.y, s.x
print(s.x, s.y)
local arr = { 10, 20, 30 }
arr[1], arr[2], arr[3] = arr[3], arr[1], arr[2]
print(arr[1], arr[2], arr[3])
-- globals
g1, g2 = "G1", "G2"
print(g1, g2)
g1, g2 = g2, g1
print(g1, g2)
local m, n = nil, nil
print(m, n)
local function f() return end
m, n = f()
print(m, n)
m, n = 5, f()
print(m, n)
