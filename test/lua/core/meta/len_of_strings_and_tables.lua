-- the length operator is raw for strings and tables in 5.1
local s = "hello"
getmetatable(s).__len = function() return 0 end
print(#s, s:len())
getmetatable(s).__len = nil
local t = setmetatable({ 1, 2 }, { __len = function() return 10 end, __index = function() return "x" end })
print(#t, t[3], rawget(t, 3))
local count = 0
for _ in ipairs(t) do count = count + 1 end
print(count)
print(table.getn(t), select("#", unpack(t)))
