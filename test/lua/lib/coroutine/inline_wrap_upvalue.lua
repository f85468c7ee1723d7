-- lua5.1: debug.getupvalue cannot touch the upvalues of C functions (returns nothing), so the
-- thread behind a wrap function stays unreachable from Lua
local w = coroutine.wrap(function() coroutine.yield(1) end)
local name, th = debug.getupvalue(w, 1)
print("wrap upvalue", name, type(th))
if type(th) == "thread" then
  print("status via upvalue", coroutine.status(th))
  w()
  print("status via upvalue", coroutine.status(th))
  print("resume through upvalue", coroutine.resume(th))
  print("status via upvalue", coroutine.status(th))
  print(pcall(w))
end

print(select("#", debug.getupvalue(w, 1)), select("#", debug.setupvalue(w, 1, nil)))
print(pcall(w))
-- setupvalue on a wrap function must not change which coroutine it resumes, whatever the call path
local w1 = coroutine.wrap(function() while true do coroutine.yield("w1") end end)
local w2 = coroutine.wrap(function() while true do coroutine.yield("w2") end end)
local _, t2 = debug.getupvalue(w2, 1)
debug.setupvalue(w1, 1, t2)
print("direct call", w1())
print("through pcall", pcall(w1))
for v in w1 do print("as iterator", v) break end
local function tail() return w1() end
print("tail call", tail())
debug.setupvalue(w1, 1, "not a thread")
print("direct call", w1())
print("through pcall", pcall(w1))
