-- traceback of another coroutine
local function worker()
  local function step() coroutine.yield("paused") end
  step()
end
local co = coroutine.create(worker)
coroutine.resume(co)
print(debug.traceback(co))
print(debug.traceback(co, "with message"))
print(debug.traceback(co, "level 1", 1))
print(debug.traceback(co, "level 2", 2))
coroutine.resume(co)
print(coroutine.status(co))
print(debug.traceback(co, "dead"))
local inside = coroutine.wrap(function() print(debug.traceback("inside coroutine")) end)
inside()
