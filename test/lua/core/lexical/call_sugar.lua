local function id(...) return ... end
print(id"string arg")
print(id[[long string arg]])
print(type(id{1, 2}), #id{1, 2, 3})
print(("abc"):upper(), ("x"):rep(3))
local s = "hello"
print(s:len(), s:sub(2, 3), #s)
local t = { f = function(self, x) return self.v + x end, v = 10 }
print(t:f(5), t.f(t, 6), t["f"](t, 7))
print(string.format"%%d literal")
local obj = { name = "o" }
function obj:greet(g) return g .. ", " .. self.name end
print(obj:greet"hi")
print(obj:greet[[hey]])
local mk = function(t) return t.a end
print(mk{ a = "table arg" })
local chain = { a = { b = { c = function(self, x) return x * 2 end } } }
print(chain.a.b:c(21), chain["a"]["b"].c(nil, 4))
print(id "a" .. id "b")
print(#id"four")
