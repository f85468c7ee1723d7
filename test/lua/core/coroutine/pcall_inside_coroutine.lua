-- errors caught by pcall inside a coroutine do not kill it
local co = coroutine.create(function()
  local ok, err = pcall(function() error("inner error") end)
  coroutine.yield(ok, err)
  local ok2, err2 = pcall(error, { tag = "t" })
  coroutine.yield(ok2, type(err2), err2.tag)
  return "finished"
end)
print(coroutine.resume(co))
print(coroutine.resume(co))
print(coroutine.resume(co))
print(coroutine.status(co))
-- a coroutine resumed from within a pcall'd function
local gen = coroutine.wrap(function() coroutine.yield(1) coroutine.yield(2) end)
print(pcall(gen), pcall(gen))
-- an error thrown by a nested coroutine is returned to its resumer only
local outer = coroutine.create(function()
  local inner = coroutine.create(function() error("nested boom") end)
  local ok, e = coroutine.resume(inner)
  coroutine.yield("inner said: " .. tostring(ok) .. " " .. e)
  return "outer ok"
end)
print(coroutine.resume(outer))
print(coroutine.resume(outer))
