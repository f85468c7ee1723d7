-- error levels count Lua and C frames; tail calls leave no frame to blame
local function thrower(level) error("msg", level) end
local function tail_to_thrower(level) return thrower(level) end
local function normal_to_thrower(level) thrower(level) return 1 end
print(pcall(tail_to_thrower, 1))
print(pcall(tail_to_thrower, 2))
print(pcall(normal_to_thrower, 2))
print(pcall(function() normal_to_thrower(3) end))
print(pcall(function() tail_to_thrower(3) end))
