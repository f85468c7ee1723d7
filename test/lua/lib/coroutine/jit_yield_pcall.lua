-- ref: luajit
-- yield across pcall (beyond 5.1; LuaJIT allows it)
local co = coroutine.create(function()
  local ok, v = pcall(function()
    local got = coroutine.yield("inside pcall")
    return got * 2
  end)
  print("pcall returned", ok, v)
  local ok2, err = pcall(function()
    coroutine.yield("second yield")
    error("failed after resume")
  end)
  print("pcall caught", ok2, err)
  return "end"
end)
print(coroutine.resume(co))
print(coroutine.resume(co, 21))
print(coroutine.resume(co))
print(coroutine.status(co))
