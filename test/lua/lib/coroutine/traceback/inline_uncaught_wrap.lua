-- an error escaping nested wraps reaches the top level: full traceback compared
local function lvl3() error("bottom failure") end
local c = coroutine.wrap(function() coroutine.yield(1) lvl3() end)
local b = coroutine.wrap(function() print("c gives", c()) coroutine.yield(2) c() end)
local a = coroutine.wrap(function() print("b gives", b()) b() end)
local function run() a() end
print("start")
run()
print("not reached")
