local function reader() return a, b end
local function writer(v) newvar = v end
a, b = "global a", "global b"
local env = { a = "env a" }
print(setfenv(reader, env) == reader)
print(reader())
setfenv(writer, env)
writer(42)
print(newvar, env.newvar)
-- the environment is shared by reference
env.b = "env b"
print(reader())
-- functions created afterwards inside keep their creator's environment
local function factory() return function() return a end end
setfenv(factory, { a = "factory env" })
local made = factory()
print(made(), getfenv(made) == getfenv(factory))
-- environment with __index fallback to _G
local sandbox = setmetatable({}, { __index = _G })
local function uses_print() print("print through __index") x_in_sandbox = 1 end
setfenv(uses_print, sandbox)
uses_print()
print(x_in_sandbox, sandbox.x_in_sandbox)
-- setting the environment of a C function is not allowed
print(pcall(setfenv, print, {}))
print(pcall(setfenv, reader, nil))
print(pcall(setfenv, reader, 5))
print(pcall(setfenv, reader))
print(pcall(setfenv))
