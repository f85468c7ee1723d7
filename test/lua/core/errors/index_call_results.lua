local function none() end
local function num() return 1 end
print(pcall(function() return none().x end))
print(pcall(function() return num().x end))
print(pcall(function() return (nil).x end))
print(pcall(function() return ({}).a.b end))
print(pcall(function() return ("x").y.z end))
print(pcall(function() local t = {} return t[none()].x end))
print(pcall(function() return #none() end))
print(pcall(function() none().x = 1 end))
print(pcall(function() local a = {} return a.b.c.d end))
print(pcall(function() return none()() end))
