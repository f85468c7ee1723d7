-- nested coroutines: A resumes B resumes C; status and running seen from each level
local names = {}
local function name(co)
  if co == nil then return "main(nil)" end
  return names[co] or "?"
end
local A, B, C
local function st()
  return "A=" .. coroutine.status(A) .. " B=" .. coroutine.status(B) .. " C=" .. coroutine.status(C)
end

C = coroutine.create(function(x)
  print("C start", x, name(coroutine.running()), st())
  print("C resume A:", coroutine.resume(A))
  print("C resume B:", coroutine.resume(B))
  print("C resume C:", coroutine.resume(C))
  local y = coroutine.yield("c1", x + 1)
  print("C got", y, st())
  local z = coroutine.yield("c2")
  print("C got", z, st())
  return "C done"
end)
B = coroutine.create(function(x)
  print("B start", x, name(coroutine.running()), st())
  print("B resume C:", coroutine.resume(C, x * 10))
  print("B after C yield", st())
  local y = coroutine.yield("b1")
  print("B got", y, st())
  print("B resume C:", coroutine.resume(C, "fromB"))
  print("B resume C:", coroutine.resume(C, "fromB2"))
  print("B resume C dead:", coroutine.resume(C))
  return "B done", st()
end)
A = coroutine.create(function(x)
  print("A start", x, name(coroutine.running()), st())
  print("A resume B:", coroutine.resume(B, x + 1))
  print("A after B yield", st())
  local y = coroutine.yield("a1")
  print("A got", y, st())
  print("A resume B:", coroutine.resume(B, "fromA"))
  print("A resume A:", coroutine.resume(A))
  return "A done"
end)
names[A], names[B], names[C] = "A", "B", "C"

print("main", name(coroutine.running()), st())
print("main resume A:", coroutine.resume(A, 1))
print("main", st())
print("main resume A:", coroutine.resume(A, "fromMain"))
print("main", st())
print("main resume A dead:", coroutine.resume(A))
print("main resume B dead:", coroutine.resume(B))

-- same with wrap: the wrapped coroutines call each other
local W = {}
local log = {}
local function L(s) log[#log + 1] = s end
local wc = coroutine.wrap(function(v)
  while true do
    L("wc" .. v)
    v = coroutine.yield(v * 3)
  end
end)
local wb = coroutine.wrap(function(v)
  while true do
    local r = wc(v + 1)
    L("wb" .. r)
    v = coroutine.yield(r + 1)
  end
end)
local wa = coroutine.wrap(function(v)
  while true do
    local r = wb(v * 2)
    L("wa" .. r)
    v = coroutine.yield(r, "a")
  end
end)
for i = 1, 5 do print("wrap chain", i, wa(i)) end
print(table.concat(log, " "))

-- status as seen by a coroutine of its resumer, and of itself via a wrap
local outer
local inner = coroutine.create(function()
  print("inner sees outer:", coroutine.status(outer))
  print("inner sees itself:", coroutine.status(coroutine.running()))
  coroutine.yield()
  print("inner again sees outer:", coroutine.status(outer))
end)
outer = coroutine.create(function()
  coroutine.resume(inner)
  print("outer sees inner:", coroutine.status(inner))
  coroutine.yield()
  coroutine.resume(inner)
  print("outer sees inner:", coroutine.status(inner))
end)
coroutine.resume(outer)
print("main sees:", coroutine.status(outer), coroutine.status(inner))
coroutine.resume(outer)
print("main sees:", coroutine.status(outer), coroutine.status(inner))

-- resuming a 'normal' coroutine through wrap
local wself
wself = coroutine.wrap(function()
  local inner2 = coroutine.wrap(function() return wself() end)
  return inner2()
end)
print(pcall(wself))

-- resuming the running coroutine via wrap
local wr
wr = coroutine.wrap(function() return wr() end)
print(pcall(wr))

-- running inside a wrap is a thread and differs from main
local main = coroutine.running()
print("main running is nil:", main == nil)
coroutine.wrap(function()
  local r = coroutine.running()
  print("wrap running type:", type(r), r ~= main, coroutine.status(r))
end)()
