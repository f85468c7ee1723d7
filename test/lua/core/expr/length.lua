print(#"", #"a", #"hello", #"\0\0", #"\n")
print(#{}, #{1}, #{1, 2, 3}, #{nil}, #{n = 1})
local t = {}
for i = 1, 100 do t[i] = i end
print(#t)
t[#t + 1] = "x"
print(#t, t[#t])
t[#t] = nil
print(#t)
for i = 100, 51, -1 do t[i] = nil end
print(#t)
local s = "abc"
print(#s .. #s, -#s, #s * 2)
print(#("x"):rep(1000))
local u = { "a", "b", "c", x = 1, y = 2 }
print(#u)
print(#{ n = 3 }, #{ [1] = "a", [2] = "b" })
print(#{ 1, 2, 3, nil }, #{ (nil) })
local function f() return 1, 2, 3 end
print(#{ f() }, #{ f(), f() }, #{ (f()) }, #{ f(), nil })
print(pcall(function() return #5 end))
print(pcall(function() return #nil end))
print(pcall(function() local b = true return #b end))
print(pcall(function() return #print end))
local q = {}
q[1] = 1 q[2] = 2 q[3] = 3
print(#q)
table.insert(q, 4)
print(#q)
table.remove(q)
print(#q)
