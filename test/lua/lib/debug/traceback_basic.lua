-- debug.traceback from nested named functions
local function inner() print(debug.traceback("msg")) end
local function middle() inner() end
function outer() middle() end
outer()
print(debug.traceback())
print(debug.traceback("level 2", 2))
print(debug.traceback("", 1))
print(debug.traceback(nil))
print(debug.traceback(42))
print(type(debug.traceback({})))
