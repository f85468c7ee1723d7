-- ':' method calls on string values from variables, fields and expressions
local s = "value"
local t = { str = "field" }
print(s:upper(), t.str:upper(), ("lit"):upper(), (s .. "!"):upper())
print(("%s-%s"):format(s, t.str), s:rep(2):len())
local function get() return "returned" end
print(get():sub(1, 3), (get()):len())
print(#s:rep(3), s:byte(-1), s:find("l"))
local u = "x"
print(u:byte() + 1, (u:byte()))
print(pcall(function() local v = 5; return v:len() end))
print(pcall(function() local v = {}; return v:len() end))
