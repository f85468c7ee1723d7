-- full userdata (newproxy) support every metamethod, including __index/__newindex and __len
local store = {}
local u = newproxy(true)
local mt = getmetatable(u)
mt.__index = function(_, k) return store[k] end
mt.__newindex = function(_, k, v) store[k] = v and v * 2 end
mt.__len = function() local n = 0 for _ in pairs(store) do n = n + 1 end return n end
mt.__tostring = function() return "proxy" end
mt.__concat = function(a, b) return tostring(a) .. "&" .. tostring(b) end
mt.__call = function(self, k) return store[k] end
u.x = 21
u.y = 1
print(u.x, u.y, #u, u("x"), tostring(u), u .. "s", "s" .. u)
u.x = nil
print(u.x, #u)
print(type(u), rawequal(u, u), u == u)
print(pcall(rawget, u, "x"))
print(pcall(rawset, u, "x", 1))
-- a proxy without metatable
local bare = newproxy()
print(pcall(function() return bare.x end))
print(pcall(function() return bare + 1 end))
print(pcall(function() return bare < bare end))
print(bare == bare, bare ~= newproxy())
