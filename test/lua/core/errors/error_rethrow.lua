-- rethrowing keeps or extends messages depending on the level used
local function fail() error("original") end
local ok, e = pcall(fail)
print(e)
ok, e = pcall(function() local ok2, e2 = pcall(fail) error(e2, 0) end)
print(e)
ok, e = pcall(function() local ok2, e2 = pcall(fail) error(e2) end)
print(e)
ok, e = pcall(function() local ok2, e2 = pcall(fail) error(e2, 2) end)
print(e)
ok, e = pcall(function() local ok2, e2 = pcall(fail) error("wrapped: " .. e2, 0) end)
print(e)
-- error values other than strings pass through unchanged
local obj = setmetatable({}, { __tostring = function() return "E!" end })
ok, e = pcall(function() local ok2, e2 = pcall(error, obj) error(e2) end)
print(e == obj, tostring(e))
-- xpcall handler can transform the message
ok, e = xpcall(fail, function(m) return (m:gsub("^.-:%d+: ", "")) end)
print(ok, e)
ok, e = xpcall(function() error(obj) end, function(m) return m == obj end)
print(ok, e)
