-- debug.traceback of other coroutines: suspended, dead, normal, never started
local function f3() coroutine.yield("in f3") end
local function f2() f3() return 1 end
local function f1() local r = f2() return r end
local co = coroutine.create(function(a) f1() coroutine.yield("again") return "end" end)

print("[not started]")
print(debug.traceback(co))
print(coroutine.resume(co, 1))
print("[suspended in f3]")
print(debug.traceback(co))
print(debug.traceback(co, "with message"))
print(debug.traceback(co, "level 1", 1))
print(debug.traceback(co, "level 2", 2))
print(coroutine.resume(co))
print("[suspended in body]")
print(debug.traceback(co))
print(coroutine.resume(co))
print("[dead]")
print(debug.traceback(co))
print(debug.traceback(co, "dead msg"))

-- a coroutine that died with an error keeps its stack in 5.1
co = coroutine.create(function() local function bad() error("oops") end bad() end)
print(coroutine.resume(co))
print("[dead by error]")
print(debug.traceback(co))

-- traceback of a 'normal' coroutine (it resumed the one asking)
local outer
local inner = coroutine.create(function()
  print("[normal outer, seen from inner]")
  print(debug.traceback(outer))
  print("[inner itself]")
  print(debug.traceback("inner self"))
  coroutine.yield()
end)
outer = coroutine.create(function()
  local function resumer() coroutine.resume(inner) end
  resumer()
  coroutine.yield()
end)
coroutine.resume(outer)
print("[outer suspended after inner yielded]")
print(debug.traceback(outer))
print("[inner suspended]")
print(debug.traceback(inner))

-- traceback inside a wrap, and of a wrap's coroutine through the running thread
local w = coroutine.wrap(function()
  local function g() print(debug.traceback("in wrap")) coroutine.yield() end
  g()
end)
w()
local saved
w = coroutine.wrap(function()
  saved = coroutine.running()
  local function deep(n) if n == 0 then coroutine.yield() else deep(n - 1) end end
  deep(3)
end)
w()
print("[wrap coroutine suspended 4 deep]")
print(debug.traceback(saved))
-- debug.getinfo of a suspended coroutine's levels
for level = 0, 6 do
  local info = debug.getinfo(saved, level, "Sl")
  if not info then print("level", level, "none") break end
  print("level", level, info.short_src, info.currentline, info.what)
end
