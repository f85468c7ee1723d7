local co = coroutine.create(function()
  local function inner() error("inside the coroutine") end
  inner()
end)
local ok, err = coroutine.resume(co)
print(ok, err)
print(debug.traceback(co))
print(debug.traceback(co, "with message"))
error("main thread failure after the coroutine")
