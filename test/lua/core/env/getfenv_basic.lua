print(getfenv() == _G, getfenv(0) == _G, getfenv(1) == _G)
local function f() return getfenv(1) end
print(f() == _G, getfenv(f) == _G)
print(getfenv(print) == _G, getfenv(string.format) == _G)
local function lvl2() return getfenv(2) end
print(lvl2() == _G)
local env = { print = print }
local g = setfenv(function() return x end, env)
env.x = "from env"
print(g(), getfenv(g) == env)
print(type(getfenv()), getfenv()._G == _G)
print(pcall(getfenv, 100))
print(pcall(getfenv, -1))
print(pcall(getfenv, "x"))
print(pcall(getfenv, {}))
local function direct() return getfenv(50) end
print(pcall(direct))
