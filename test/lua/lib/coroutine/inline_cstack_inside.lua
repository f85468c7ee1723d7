-- C-stack depth accounting inside coroutines switched in place: pcall / metamethod / tostring /
-- gsub recursion until 'C stack overflow', at the same depth as lua5.1
local d = 0
local function f(n) d = n; pcall(f, n + 1) end
local co = coroutine.create(function() f(1) coroutine.yield(d) d = 0 f(1) return d end)
print(coroutine.resume(co))
print(coroutine.resume(co))
local w = coroutine.wrap(function() d = 0 f(1) return d end)
print(w())
local nest = coroutine.wrap(function() return coroutine.wrap(function() return coroutine.wrap(function() d = 0 f(1) return d end)() end)() end)
print(nest())
local function g(n) d = n; local t = setmetatable({}, {__index = function() return g(n + 1) end}) return t.x end
co = coroutine.create(function() d = 0; print(pcall(g, 1)); return d end)
print(coroutine.resume(co))
local function h(n) d = n; return tostring(setmetatable({}, {__tostring = function() return h(n + 1) end})) end
co = coroutine.create(function() d = 0; print(pcall(h, 1)); return d end)
print(coroutine.resume(co))
local function s(n) d = n; local r; string.gsub("a", "a", function() r = s(n + 1) end) return r end
co = coroutine.create(function() d = 0; print(pcall(s, 1)); return d end)
print(coroutine.resume(co))
-- after the overflows, a coroutine ping-pong still works
local pp = coroutine.wrap(function(a) while true do a = coroutine.yield(a + 1) end end)
print(pp(1), pp(10), pp(100))
-- an overflow inside a coroutine that then yields and continues
co = coroutine.create(function()
  for round = 1, 3 do
    d = 0
    f(1)
    coroutine.yield(round, d)
  end
  return "rounds done"
end)
for i = 1, 4 do print(coroutine.resume(co)) end
