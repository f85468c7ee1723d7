local u = newproxy(true)
print(type(u), type(getmetatable(u)))
local mt = getmetatable(u)
mt.__index = function(_, k) return "ud." .. k end
mt.__call = function(self, x) return "called " .. tostring(x) end
mt.__add = function(a, b) return "added" end
mt.__concat = function(a, b) return "concat" end
mt.__eq = function() return true end
mt.__lt = function() return true end
mt.__le = function() return false end
mt.__unm = function() return "neg" end
mt.__len = function() return 7 end
print(u.foo, u(5), u + 1, 1 + u, u .. "x", #u, -u)
local v = newproxy(u)
print(getmetatable(v) == mt, v.bar, u == v, u < v, u <= v)
local plain = newproxy(false)
print(type(plain), getmetatable(plain))
local plain2 = newproxy()
print(getmetatable(plain2))
print(pcall(newproxy, 1))
print(pcall(newproxy, {}))
print(pcall(newproxy, plain))
print(pcall(function() return plain.x end))
print(pcall(function() plain.x = 1 end))
print(pcall(function() return plain() end))
-- userdata as table keys
local t = { [u] = "u", [v] = "v" }
print(t[u], t[v])
print(pcall(setmetatable, u, {}))
