-- threads as values
local co = coroutine.create(function() end)
print(type(co), tostring(co):match("^thread: ") ~= nil)
local t = { [co] = "key works" }
print(t[co])
print(co == co, co ~= coroutine.create(function() end))
print(pcall(function() return co + 1 end))
print(pcall(function() return co .. "" end))
print(pcall(function() return co < co end))
print(pcall(function() return #co end))
print(pcall(function() return co.x end))
print(getmetatable(co))
