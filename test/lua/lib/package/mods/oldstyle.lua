-- a Lua 5.0/5.1 style module using module(..., package.seeall)
module(..., package.seeall)
version = "1.0"
local hidden = "local"
function greet(who) return "hello " .. who .. " from " .. _NAME end
function uses_global() return type(print) .. " " .. tostring(math.pi > 3) end
