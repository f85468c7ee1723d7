local t = { a = { b = { c = { 1, 2, { x = "deep" } } } } }
print(t.a.b.c[3].x, t["a"]["b"]["c"][3]["x"], #t.a.b.c)
local function f() return t end
print(f().a.b.c[1], (f()).a ~= nil)
local function g() return function() return function() return "third" end end end
print(g()()())
print(({ 10, 20, 30 })[2], ({ n = "x" }).n)
print(("abc"):sub(2), ("%d-%d"):format(1, 2), (#"abc"))
local obj = { items = { "p", "q" } }
function obj:get(i) return self.items[i] end
print(obj:get(2), obj.get(obj, 1))
local key = "items"
print(obj[key][1], obj["ite" .. "ms"][2])
local m = { [1] = { [2] = { [3] = "123" } } }
print(m[1][2][3])
local i = 1
print(t.a.b.c[i + 1], t.a.b.c[i * 3].x)
local fns = { function() return "f1" end, function() return "f2" end }
print(fns[1](), fns[2]())
print(type(t.nothing), t.nothing)
local nested = {}
nested.x = {}
nested.x.y = {}
nested.x.y.z = "set"
print(nested.x.y.z)
nested["x"]["y"]["w"] = "set2"
print(nested.x.y.w)
print(#{ {}, {} }, #t.a.b)
