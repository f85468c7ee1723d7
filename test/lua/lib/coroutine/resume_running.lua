-- resuming a running or a normal coroutine fails without killing it
local co
co = coroutine.create(function()
  print(coroutine.resume(co))
  print(coroutine.status(co))
  return "still fine"
end)
print(coroutine.resume(co))
local a
a = coroutine.create(function()
  local b = coroutine.create(function() return coroutine.resume(a) end)
  print(coroutine.resume(b))
  return "a done"
end)
print(coroutine.resume(a))
local w
w = coroutine.wrap(function() return pcall(w) end)
print(w())
