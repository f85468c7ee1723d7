local t = { a = { b = { } } }
function t.a.b.f(x) return "f" .. x end
function t.a.b:g(x) return self == t.a.b and "g" .. x end
local h = function(x) return "h" .. x end
local function k(x) return "k" .. x end
print(t.a.b.f(1), t.a.b:g(2), h(3), k(4))
print((function(...) return select("#", ...) end)(1, 2, 3))
print((function() return "iife" end)())
local r = (function(n) local s = 0 for i = 1, n do s = s + i end return s end)(100)
print(r)
local ops = {
  function(x) return x + 1 end,
  function(x) return x * 2 end,
  sq = function(x) return x * x end,
}
print(ops[1](1), ops[2](2), ops.sq(3))
local o = { v = 1, get = function(self) return self.v end }
print(o:get(), o.get({ v = 2 }))
local function outer() local function inner() return "in" end return inner() end
print(outer())
print(type(loadstring("function a.b() end")), loadstring("function a:b:c() end"))
