-- coroutine.resume called with no arguments must fail with "coroutine expected", even when the
-- stack slot above the call happens to hold a (stale) coroutine
local co = coroutine.create(function(...)
  print("WRONG: stale coroutine resumed with", select('#', ...), "values")
  coroutine.yield("stale yield")
  return "stale return"
end)

-- a dead local left in the register right above the call
local function t1()
  do local x, y = nil, co end
  local ok, e = coroutine.resume()
  return ok, e
end
print(pcall(t1))
print(coroutine.status(co))

-- vararg forwarding with no varargs: the slot above holds a previous call's argument
local function holder(x, c) return end
local function resumeAll(...)
  local ok, v = coroutine.resume(...)
  return ok, v
end
local function t2()
  holder(nil, co)
  local a, b = resumeAll()
  return a, b
end
print(pcall(t2))
print(coroutine.status(co))

-- the same after the coroutine has started (suspended in a yield)
local started = coroutine.create(function(...)
  local n = 0
  while true do n = n + 1 print("started coroutine resumed", n, select('#', ...)) coroutine.yield(n) end
end)
print(coroutine.resume(started, "go"))
local function t3()
  do local x, y = nil, started end
  local ok, e = coroutine.resume()
  return ok, e
end
print(pcall(t3))
print(coroutine.status(started))
local function t4()
  holder(nil, started)
  local a, b = resumeAll()
  return a, b
end
print(pcall(t4))
print(coroutine.status(started))

-- resume with an explicit nil first argument, and with a non-thread
print(pcall(coroutine.resume, nil))
local function t5() do local x, y = nil, co end local ok, e = coroutine.resume(nil) return ok, e end
print(pcall(t5))
local function t6() do local x, y = nil, co end local ok, e = coroutine.resume({}) return ok, e end
print(pcall(t6))
-- the coroutines are untouched
print(coroutine.status(co), coroutine.status(started))
print(coroutine.resume(started, "last"))
