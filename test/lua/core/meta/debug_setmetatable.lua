-- metatables for non-table types through the debug library
debug.setmetatable(0, { __index = function(n, k) return k .. ":" .. n end, __call = function(n, x) return n * x end })
local five = 5
print(five.foo, (7).bar, five(3))
print(getmetatable(1) ~= nil, getmetatable(2) == getmetatable(3.5))
debug.setmetatable(0, nil)
print(getmetatable(1), pcall(function() return five.foo end))
debug.setmetatable(nil, { __index = function() return "nil index" end })
local x = nil
print(x.anything, x[1])
debug.setmetatable(nil, nil)
print(pcall(function() return x.anything end))
debug.setmetatable(true, { __len = function(b) return b and 1 or 0 end, __concat = function(a, b) return tostring(a) .. tostring(b) end })
print(#true, #false, true .. "!", "?" .. false)
debug.setmetatable(true, nil)
local fmt = { __index = { name = function() return "a function" end } }
debug.setmetatable(print, fmt)
print(print.name(), (function() end).name())
debug.setmetatable(print, nil)
print(pcall(function() return print.name end))
