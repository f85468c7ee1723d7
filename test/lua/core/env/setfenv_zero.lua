-- level 0 is the global environment of the running thread
local newg = setmetatable({ marker = "new globals" }, { __index = _G })
local oldg = getfenv(0)
setfenv(0, newg)
print(getfenv(0) == newg, getfenv(1) == oldg)
-- this chunk's functions keep their environment
print(marker)
-- but chunks loaded afterwards get the new one
local f = loadstring("return marker")
print(f())
-- getfenv of a C function answers the running thread's global table
print(getfenv(print) == oldg, getfenv(print) == newg)
setfenv(0, oldg)
print(loadstring("return marker")())
print(pcall(setfenv, 0, 5))
