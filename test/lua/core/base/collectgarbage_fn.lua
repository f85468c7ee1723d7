print(collectgarbage())
print(collectgarbage("collect"))
print(type(collectgarbage("count")), collectgarbage("count") > 0)
print(type(collectgarbage("step")))
print(collectgarbage("setpause", 150))
print(collectgarbage("setpause", 200))
print(collectgarbage("setstepmul", 300))
print(collectgarbage("setstepmul", 200))
print(collectgarbage("stop"), collectgarbage("restart"))
print(type(gcinfo()), gcinfo() >= 0)
print(pcall(collectgarbage, "nope"))
print(pcall(collectgarbage, 42))
-- a full collection does not disturb live data
local keep = {}
for i = 1, 1000 do keep[i] = { i } end
collectgarbage()
local s = 0
for i = 1, 1000 do s = s + keep[i][1] end
print(s)
