-- error values keep their identity across resume
local errobj = { msg = "custom" }
local co = coroutine.create(function() error(errobj) end)
local ok, e = coroutine.resume(co)
print(ok, e == errobj, e.msg)
local co2 = coroutine.create(function()
  local ok, e = pcall(error, errobj)
  coroutine.yield(e == errobj)
  error(e)
end)
print(coroutine.resume(co2))
local ok2, e2 = coroutine.resume(co2)
print(ok2, e2 == errobj)
local f = function() end
local co3 = coroutine.create(function() error(f) end)
local ok3, e3 = coroutine.resume(co3)
print(ok3, e3 == f)
