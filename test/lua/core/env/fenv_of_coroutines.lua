-- a thread has its own global table; base getfenv/setfenv reach it only through level 0,
-- the debug library reaches other threads
print(pcall(getfenv, coroutine.create(function() end)))
marker = "main globals"
local co = coroutine.create(function()
  local own = getfenv(0)
  coroutine.yield(own == _G, marker, loadstring("return marker")())
  setfenv(0, { marker = "set from inside" })
  coroutine.yield(loadstring("return marker")())
end)
print(debug.getfenv(co) == _G)
local newenv = { marker = "thread env" }
debug.setfenv(co, newenv)
print(debug.getfenv(co) == newenv)
-- the body keeps its function environment; chunks loaded in the thread use the thread's table
print(coroutine.resume(co))
print(coroutine.resume(co))
print(debug.getfenv(co).marker, getfenv(0) == _G, marker)
