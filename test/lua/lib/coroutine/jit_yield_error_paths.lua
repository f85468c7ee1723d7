-- ref: luajit
-- errors after yields inside pcall are caught by that pcall; outside they kill the coroutine
local co = coroutine.create(function()
  local ok, e = pcall(function()
    coroutine.yield(1)
    local x = nil
    return x.y
  end)
  print("caught:", ok, e)
  coroutine.yield(2)
  error("uncaught after pcall", 0)
end)
print(coroutine.resume(co))
print(coroutine.resume(co))
print(coroutine.resume(co))
print(coroutine.status(co))
print(coroutine.resume(co))
