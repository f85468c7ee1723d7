-- a return hook set on a coroutine sees coroutine.yield return when the coroutine is resumed
local events = {}
local function rec(ev)
  local info = debug.getinfo(2, "n")
  events[#events + 1] = ev .. ":" .. tostring(info and info.name)
end
local co = coroutine.create(function(a)
  local b = coroutine.yield(a)
  local c = coroutine.yield(b)
  return c
end)
debug.sethook(co, rec, "cr")
print(coroutine.resume(co, 1))
print(table.concat(events, " ")) events = {}
print(coroutine.resume(co, 2))
print(table.concat(events, " ")) events = {}
print(coroutine.resume(co, 3))
print(table.concat(events, " ")) events = {}
-- the same through a wrap whose body installs the hook on its own thread
local w = coroutine.wrap(function()
  debug.sethook(rec, "r")
  coroutine.yield("w1")
  coroutine.yield("w2")
  debug.sethook()
  return "w3"
end)
print(w()) print(w()) print(w())
print(table.concat(events, " "))
