-- the string metatable: methods through ':' and indexing
print(("x"):rep(3))
print(("%d"):format(3))
print(("%5.1f|%s"):format(3.14159, "pi"))
local s = "hello"
print(s:upper(), s:len(), s:sub(2, 3), s:byte(1))
print(#"é")
local mt = getmetatable("")
print(type(mt), type(mt.__index), mt.__index == string)
print(getmetatable("abc") == getmetatable("xyz"))
print(("abc").len == string.len)
print(s.upper == string.upper)
print(("x").nosuchfield)
local n = 0
string.myext = function(self) n = n + 1 return "ext:" .. self end
print(("abc"):myext(), n)
string.myext = nil
print(pcall(function() return ("abc"):myext() end))
print(("abc"):find("b"))
print(("a,b,c"):gsub(",", ";"))
print(("%s=%s"):rep(2, "&"))
print(("test"):reverse():upper())
