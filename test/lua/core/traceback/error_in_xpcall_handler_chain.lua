local function handler(m)
  return debug.traceback("handled: " .. m, 2)
end
local function work(n)
  if n == 0 then error("deep failure") end
  return work(n - 1) + 1
end
local ok, tb = xpcall(function() return work(3) end, handler)
print(ok)
print(tb)
