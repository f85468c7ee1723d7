-- recursion through "C" calls (metamethods, pcall, tostring, iterators) stops at LUAI_MAXCCALLS
local t = setmetatable({}, {__index = function(t, k) return t[k] end})
print(pcall(function() return t.x end))
local u = setmetatable({}, {__tostring = function(s) return tostring(s) end})
print(pcall(tostring, u))
local depth = 0
local function g() depth = depth + 1 local ok, e = pcall(g) return ok, e end
print(g(), depth)
local mt = {} mt.__index = function(t, k) return setmetatable({}, mt)[k] end
print(pcall(function() return setmetatable({}, mt).x end))
local c = setmetatable({}, {__concat = function(a, b) return a .. b end})
print(pcall(function() return c .. "x" end))
local function iter(s, i) for _ in iter, s, i do end end
print(pcall(function() for _ in iter, nil, 0 do end end))
-- plain Lua recursion is limited by the call depth, not by C calls
local function rec(n) if n == 0 then return 0 end return 1 + rec(n - 1) end
print(pcall(rec, 15000))
print("alive")
