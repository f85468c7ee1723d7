local function three() return 1, 2, 3 end
local a, b, c, d = three()
print(a, b, c, d)
local e, f = three(), 10
print(e, f)
local g, h, i = 0, three()
print(g, h, i)
local j, k = (three())
print(j, k)
local l
print(l)
local m, n = nil
print(m, n)
local o, p, q = 1, 2
print(o, p, q)
local r, s = 1, 2, print("extra expression is evaluated")
print(r, s)
-- locals are initialised in order; a later initializer cannot see an earlier local of the same statement
local x = 1
local x, y = 2, x
print(x, y)
local function f1() return "f1" end
local f1, f2 = "string now", f1
print(f1, type(f2))
