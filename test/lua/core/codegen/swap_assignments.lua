local t = { 1, 2, 3, 4, 5 }
local i, j = 1, 5
while i < j do t[i], t[j] = t[j], t[i] i, j = i + 1, j - 1 end
print(table.concat(t, " "))
local up1, up2 = "first", "second"
local function swap() up1, up2 = up2, up1 end
swap()
print(up1, up2)
local a, b, c, d = 1, 2, 3, 4
a, b, c, d = d, c, b, a
print(a, b, c, d)
local g = {}
g.x, g.y, a = a, g.x, g.y
print(g.x, g.y, a)
local m = { { 1, 2 }, { 3, 4 } }
m[1][2], m[2][1] = m[2][1], m[1][2]
print(m[1][1], m[1][2], m[2][1], m[2][2])
local k = 1
local arr = { "a", "b", "c" }
k, arr[k], arr[k + 1] = 3, arr[k + 1], arr[k]
print(k, table.concat(arr, ""))
x_global, y_global = 1, 2
x_global, y_global = y_global, x_global
print(x_global, y_global)
local function ret() return "r1", "r2" end
local p, q, r = ret(), ret()
print(p, q, r)
