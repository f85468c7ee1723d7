-- debug.getregistry, getfenv/setfenv
print(type(debug.getregistry()))
print(debug.getregistry() == debug.getregistry())
local function f() return x_env end
local env = { x_env = "from custom env" }
print(debug.getfenv(f) == _G)
print(debug.setfenv(f, env) == f)
print(f(), debug.getfenv(f) == env)
print(pcall(debug.setfenv, f, 5))
print(type(debug.getfenv(print)))
print(debug.getfenv(1))
local u = io.stdout
print(type(debug.getfenv(u)))
print(pcall(debug.setfenv, 1, {}))
print(getfenv(f) == env)
setfenv(f, _G)
print(f())
