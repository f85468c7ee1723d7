-- concatenation chains are compiled as one operation over consecutive registers
local src = "return " .. string.rep("'x' .. ", 190) .. "'x'"
print(#loadstring(src)())
print(select(2, loadstring("return " .. string.rep("'x' .. ", 250) .. "'x'")) ~= nil)
local a, b, c = "a", 1, 2.5
print(a .. b .. c .. a .. b .. c .. a .. b .. c)
local parts = {}
for i = 1, 150 do parts[i] = "v" end
local vsrc = "local v = ... return " .. table.concat(parts, " .. ")
print(#loadstring(vsrc)("ab"))
local mixed = "return 1 .. 2 .. 'three' .. 4.5 .. -6 .. 7e20 .. 0.1"
print(loadstring(mixed)())
local t = setmetatable({}, { __concat = function(x, y) return "MM" end })
print(pcall(function() return "a" .. "b" .. t .. "c" .. "d" end))
