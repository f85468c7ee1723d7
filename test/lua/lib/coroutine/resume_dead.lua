-- resuming a dead coroutine
local co = coroutine.create(function() return 1 end)
print(coroutine.resume(co))
print(coroutine.resume(co))
print(coroutine.resume(co, "args", "ignored"))
local bad = coroutine.create(function() error("first failure") end)
print(coroutine.resume(bad))
print(coroutine.resume(bad))
local w = coroutine.wrap(function() return "once" end)
print(w())
print(pcall(w))
local function callw() return w() end
print(pcall(callw))
