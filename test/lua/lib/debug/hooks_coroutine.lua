-- hooks are per thread
local main_events, co_events = 0, 0
debug.sethook(function() main_events = main_events + 1 end, "l")
local co = coroutine.create(function()
  local x = 1
  x = x + 1
  return x
end)
coroutine.resume(co)
debug.sethook()
print(main_events > 0)
local co2 = coroutine.create(function()
  local y = 1
  y = y + 1
  coroutine.yield()
  y = y + 1
  return y
end)
debug.sethook(co2, function() co_events = co_events + 1 end, "l")
print(debug.gethook(co2) ~= nil, debug.gethook() == nil)
coroutine.resume(co2)
local after_first = co_events
coroutine.resume(co2)
print(after_first, co_events)
