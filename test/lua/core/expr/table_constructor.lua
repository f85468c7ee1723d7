local function f() return 1, 2, 3 end
local function none() end
local t = { f() }
print(#t, t[1], t[3])
t = { f(), f() }
print(#t, t[1], t[2], t[4])
t = { (f()) }
print(#t)
t = { f(), 10 }
print(#t, t[1], t[2])
t = { none() }
print(#t, t[1])
t = { none(), 5 }
print(t[1], t[2])
t = { 1, 2, 3, [2] = "b", x = "y" }
print(t[2], t.x)
t = { [1] = "a", "b" }
print(t[1])
t = { "p", "q", [3] = "r", [10] = 10, ["k"] = "v", k2 = "v2" }
print(t[1], t[2], t[3], t[10], t.k, t.k2)
t = { x = 1, x = 2 }
print(t.x)
t = { [1 + 1] = "two", ["a" .. "b"] = "ab", [true] = "t" }
print(t[2], t.ab, t[true])
t = { { 1, 2 }, { 3, { 4 } } }
print(t[1][2], t[2][2][1])
t = { 1, 2; 3; x = 4, }
print(#t, t.x)
t = { ... }
print(#t)
local function g(...) return { ... }, select("#", ...) end
local a, n = g(1, nil, 3)
print(n, a[1], a[2], a[3])
t = { 1.0, 2.5 }
t[1.0] = "one"
print(t[1], t[2.5], t[2])
t = { ["1"] = "string one", [1] = "number one" }
print(t["1"], t[1])
t = { f = function(self) return self.v end, v = 99 }
print(t:f())
local big = {}
for i = 1, 300 do big[i] = i end
local copy = { unpack(big) }
print(#copy, copy[300])
print(pcall(function() return { [nil] = 1 } end))
print(pcall(function() return { [0/0] = 1 } end))
