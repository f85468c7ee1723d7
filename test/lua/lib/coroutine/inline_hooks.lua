-- debug hooks (per thread in 5.1) combined with coroutine switches
local events = {}
local function rec(ev, line)
  local info = debug.getinfo(2, "nS")
  local name = info and (info.name or (info.what == "main" and "main" or "?")) or "-"
  events[#events + 1] = ev .. ":" .. tostring(name) .. (line and (":" .. line) or "")
end
local function dump(title)
  print(title, #events)
  print("  " .. table.concat(events, " "))
  events = {}
end

local function body(a)
  local b = coroutine.yield(a + 1)
  local c = coroutine.yield(b * 2)
  return c
end

-- 1. call/return hook on the main thread only: the coroutine's own calls are not seen
local co = coroutine.create(function(a) local function inner(x) return x end return (body(inner(a))) end)
debug.sethook(rec, "cr")
local r1 = { coroutine.resume(co, 1) }
local r2 = { coroutine.resume(co, 5) }
local r3 = { coroutine.resume(co, 7) }
debug.sethook()
dump("main cr")
print(r1[2], r2[2], r3[2], coroutine.status(co))

-- 2. hook set on the coroutine only: main's calls are not seen (call events only: the return
-- hook of a resumed yield is in inline_hooks_yield_return.lua)
co = coroutine.create(function(a) local function inner(x) return x end return (body(inner(a))) end)
debug.sethook(co, rec, "c")
local function mainfn(x) return x end
mainfn(1)
coroutine.resume(co, 1)
mainfn(2)
coroutine.resume(co, 2)
mainfn(3)
coroutine.resume(co, 3)
dump("co cr")
print("hook of dead co", debug.gethook(co) ~= nil)

-- 3. line hook on a coroutine driven by a wrap
local lines = {}
local w
w = coroutine.wrap(function()
  local t = 0
  for i = 1, 3 do
    t = t + i
    coroutine.yield(t)
  end
  return "w done"
end)
-- the wrap's thread is only reachable from inside: install the hook from the body's first resume?
-- instead hook a create'd coroutine with the same body
co = coroutine.create(function()
  local t = 0
  for i = 1, 3 do
    t = t + i
    coroutine.yield(t)
  end
  return "co done"
end)
debug.sethook(co, function(ev, line) lines[#lines + 1] = line end, "l")
local outs = {}
for i = 1, 5 do outs[#outs + 1] = tostring(select(2, coroutine.resume(co))) end
print("line hook", table.concat(lines, ","))
print("outs", table.concat(outs, ","))
print("wrap unaffected", w(), w(), w(), w())

-- 4. count hook on main while a generator runs many times
local count = 0
debug.sethook(function() count = count + 1 end, "", 100)
local s = 0
for v in coroutine.wrap(function() for i = 1, 2000 do coroutine.yield(i) end end) do s = s + v end
debug.sethook()
print("count hook ran", count > 0, s)

-- 5. hook function that itself resumes a coroutine
local helper = coroutine.wrap(function() local n = 0 while true do n = n + 1 coroutine.yield(n) end end)
local last = 0
debug.sethook(function(ev) if ev == "call" then last = helper() end end, "c")
local function f() end
f() f() f()
debug.sethook()
print("hook resumed helper", last > 0)

-- 6. line hook on main across a resume/yield boundary
local mainlines = {}
co = coroutine.create(function(x)
  x = x + 1
  x = coroutine.yield(x)
  return x
end)
debug.sethook(function(ev, line) mainlines[#mainlines + 1] = line end, "l")
local a1 = coroutine.resume(co, 1)
local a2 = coroutine.resume(co, 2)
debug.sethook()
print("main line hook", table.concat(mainlines, ","))

-- 7. gethook seen from inside a coroutine
co = coroutine.create(function() return debug.gethook() end)
debug.sethook(co, rec, "r")
local ok, h, mask = coroutine.resume(co)
print("gethook inside", ok, h == rec, mask)
events = {}
