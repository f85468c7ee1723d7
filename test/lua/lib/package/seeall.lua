-- package.seeall sets or updates a metatable with __index = _G
local t = {}
package.seeall(t)
print(getmetatable(t).__index == _G, t.print == print)
local u = setmetatable({}, { __tostring = function() return "U" end })
package.seeall(u)
print(tostring(u), getmetatable(u).__index == _G)
local v = setmetatable({}, { __index = { own = 1 } })
package.seeall(v)
print(v.own, v.string == string)
print(pcall(package.seeall))
print(pcall(package.seeall, "x"))
