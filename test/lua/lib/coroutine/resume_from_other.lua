-- a coroutine created in one coroutine and resumed from another, after its creator died
local made
local creator = coroutine.create(function()
  made = coroutine.create(function(a)
    local b = coroutine.yield(a .. "!")
    return b .. "?"
  end)
  return "creator done"
end)
print(coroutine.resume(creator))
print(coroutine.status(creator))
local user = coroutine.create(function()
  local _, r = coroutine.resume(made, "hi")
  coroutine.yield(r)
  local _, r2 = coroutine.resume(made, "bye")
  return r2
end)
print(coroutine.resume(user))
print(coroutine.resume(user))
print(coroutine.status(made), coroutine.status(user))
