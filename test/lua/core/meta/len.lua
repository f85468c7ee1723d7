-- in Lua 5.1 #t on a table never consults __len
local t = setmetatable({ 1, 2, 3 }, { __len = function() return 99 end })
print(#t, rawequal(getmetatable(t).__len ~= nil, true))
-- __len works for userdata
local u = newproxy(true)
getmetatable(u).__len = function() return 42 end
print(#u)
local u2 = newproxy(u)
print(#u2, getmetatable(u2) == getmetatable(u))
-- userdata without __len
local plain = newproxy(true)
print(pcall(function() return #plain end))
local nometa = newproxy(false)
print(pcall(function() return #nometa end))
-- strings: # is the byte length, no metamethod involved
getmetatable("").__len = function() return -1 end
print(#"abc")
getmetatable("").__len = nil
-- __len returning several values or non-numbers
getmetatable(u).__len = function() return "str", 2 end
print(#u)
getmetatable(u).__len = function() end
print(#u)
