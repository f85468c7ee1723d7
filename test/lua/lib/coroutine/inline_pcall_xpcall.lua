-- pcall / xpcall around resume and wrap calls
local function firstline(s)
  if type(s) ~= "string" then return s end
  return (s:match("^[^\n]*"))
end

local co = coroutine.create(function(a, b)
  local c = coroutine.yield(a + b)
  local d, e = coroutine.yield(c * 2)
  return d .. e
end)
print(pcall(coroutine.resume, co, 1, 2))
print(pcall(coroutine.resume, co, 10))
print(pcall(coroutine.resume, co, "x", "y"))
print(pcall(coroutine.resume, co))
print(pcall(coroutine.resume))
print(pcall(coroutine.resume, 42))
print(pcall(coroutine.resume, nil))

-- xpcall with a handler around resume: resume does not raise, so the handler is not called
co = coroutine.create(function() error("inside") end)
print(xpcall(function() return coroutine.resume(co) end, function(m) return "handled: " .. m end))

-- xpcall around a wrap that raises: the handler sees the message
local w = coroutine.wrap(function() coroutine.yield("first") error("wrapped failure") end)
print(xpcall(w, function(m) return "H(" .. m .. ")" end))
print(xpcall(w, function(m) return "H(" .. m .. ")" end))
print(xpcall(w, function(m) return "H(" .. m .. ")" end))

-- xpcall with debug.traceback as handler: compare the first line only
w = coroutine.wrap(function() local t = nil; return t[1] end)
local ok, tb = xpcall(w, debug.traceback)
print(ok, firstline(tb))
w = coroutine.wrap(function() error("tb test") end)
ok, tb = xpcall(function() return w() end, debug.traceback)
print(ok, firstline(tb))
print(type(tb), tb:find("stack traceback:", 1, true) ~= nil)

-- xpcall handler that itself uses coroutines (resume inside the handler)
local helper = coroutine.create(function(m)
  while true do m = coroutine.yield("helper saw " .. tostring(m)) end
end)
w = coroutine.wrap(function() error("E", 0) end)
print(xpcall(w, function(m)
  local ok, r = coroutine.resume(helper, m)
  return r
end))
print(xpcall(function() error("E2", 0) end, function(m)
  local ok, r = coroutine.resume(helper, m)
  return r
end))

-- pcall inside a coroutine around a resume of another coroutine that errors
local failing = coroutine.wrap(function() error("inner wrap error") end)
co = coroutine.create(function()
  local ok, e = pcall(failing)
  coroutine.yield(ok, e)
  ok, e = pcall(failing)
  coroutine.yield(ok, e)
  local c2 = coroutine.create(function() error("c2 err") end)
  ok, e = pcall(coroutine.resume, c2)
  coroutine.yield(ok, e)
  return "done"
end)
for i = 1, 4 do print(coroutine.resume(co)) end

-- xpcall inside a coroutine with a traceback handler
co = coroutine.create(function()
  local ok, tb = xpcall(function() error("in co") end, debug.traceback)
  coroutine.yield(ok, firstline(tb))
  ok, tb = xpcall(function() local w2 = coroutine.wrap(function() error("in w2") end) w2() end, debug.traceback)
  coroutine.yield(ok, firstline(tb))
  return "end"
end)
for i = 1, 3 do print(coroutine.resume(co)) end

-- error() with levels inside coroutines
local function lvl(n) error("level " .. n, n) end
for n = 0, 3 do
  co = coroutine.create(function() local function f() lvl(n) end f() end)
  print("resume lvl", n, coroutine.resume(co))
  w = coroutine.wrap(function() local function f() lvl(n) end f() end)
  print("wrap lvl", n, pcall(w))
end
-- level pointing at the function that called the wrap
local function callsWrap()
  local ww = coroutine.wrap(function() error("to caller", 2) end)
  return ww()
end
print(pcall(callsWrap))

-- pcall returning through nested wrap/pcall layers many times
local count = 0
local gen = coroutine.wrap(function()
  for i = 1, 50 do
    local ok, e = pcall(error, i)
    count = count + e
    coroutine.yield(i)
  end
  error("gen exhausted")
end)
local sum = 0
while true do
  local ok, v = pcall(gen)
  if not ok then print("stopped:", v) break end
  sum = sum + v
end
print("sum", sum, "count", count)
print(pcall(gen))

-- wrap called with pcall as function value passed through select / unpack
w = coroutine.wrap(function(...) local n = select('#', ...) coroutine.yield(n, ...) return "r" end)
print(pcall(w, nil, nil, 3))
print(pcall(w))
print(pcall(w))
