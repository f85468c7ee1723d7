-- errors inside coroutines switched in place
-- 1. error caught by pcall inside the coroutine, the coroutine goes on and yields later
local co = coroutine.create(function()
  local ok, e = pcall(function() error("inner boom") end)
  coroutine.yield("caught", ok, e)
  ok, e = pcall(error, { code = 7 })
  coroutine.yield("caught table", ok, type(e), e.code)
  ok, e = pcall(function() local x = nil; return x.field end)
  coroutine.yield("caught index", ok, e)
  ok, e = pcall(function() return 1 + {} end)
  coroutine.yield("caught arith", ok, e)
  return "finished"
end)
for i = 1, 5 do print(i, coroutine.resume(co)) end

-- 2. uncaught error kills the coroutine
co = coroutine.create(function(a)
  local b = coroutine.yield(a + 1)
  error("killed with " .. b)
end)
print(coroutine.resume(co, 1))
print(coroutine.resume(co, "B"))
print(coroutine.status(co))
print(coroutine.resume(co))
print(coroutine.resume(co, 1, 2))

-- runtime errors carry positions
co = coroutine.create(function() local t = nil; coroutine.yield(1); return t.x end)
print(coroutine.resume(co))
print(coroutine.resume(co))
co = coroutine.create(function() coroutine.yield(); return #5 end)
coroutine.resume(co)
print(coroutine.resume(co))
co = coroutine.create(function() undefinedglobal() end)
print(coroutine.resume(co))

-- 3. error objects: tables, nil, numbers, booleans, the coroutine itself
local obj = { msg = "tbl" }
co = coroutine.create(function() error(obj) end)
local ok, e = coroutine.resume(co)
print("table", ok, e == obj, e.msg)
co = coroutine.create(function() error(nil) end)
print("nil", coroutine.resume(co))
print("nil count", select('#', coroutine.resume(coroutine.create(function() error() end))))
co = coroutine.create(function() error(42) end)
print("number", coroutine.resume(co))
co = coroutine.create(function() error(42, 2) end)
print("number level2", coroutine.resume(co))
co = coroutine.create(function() error(false) end)
print("false", coroutine.resume(co))
co = coroutine.create(function() error(coroutine.running()) end)
ok, e = coroutine.resume(co)
print("thread", ok, e == co, coroutine.status(e))
co = coroutine.create(function() error("no position", 0) end)
print("level0", coroutine.resume(co))
co = coroutine.create(function() local function f() error("lvl2", 2) end f() end)
print("level2", coroutine.resume(co))
co = coroutine.create(function() local function f() error("lvl3", 3) end local function g() f() end g() end)
print("level3", coroutine.resume(co))
co = coroutine.create(function() error("lvl2 at body", 2) end)
print("level2 body", coroutine.resume(co))

-- 4. errors through wrap propagate with the position of the wrap call
local w = coroutine.wrap(function() coroutine.yield(1) error("wrap err") end)
print(w())
print(pcall(w))
print(pcall(w))
w = coroutine.wrap(function() error({ 1, 2, 3 }) end)
ok, e = pcall(w)
print("wrap table", ok, type(e), #e)
w = coroutine.wrap(function() error(99) end)
print("wrap number", pcall(w))
w = coroutine.wrap(function() error() end)
print("wrap nil", pcall(w))
w = coroutine.wrap(function() local x = {} .. "" end)
print("wrap runtime", pcall(w))
w = coroutine.wrap(function() error("lvl0", 0) end)
print("wrap level0", pcall(w))
w = coroutine.wrap(function() error("lvl2", 2) end)
print("wrap level2", pcall(w))

-- 5. error three levels deep: C dies, B and A see it through resume / wrap
local C = coroutine.create(function() coroutine.yield("c"); error("deep C") end)
local B = coroutine.create(function()
  print("B1", coroutine.resume(C))
  print("B2", coroutine.resume(C))
  error("B fails after C")
end)
local A = coroutine.create(function()
  print("A1", coroutine.resume(B))
  coroutine.yield("A yielded")
  return "A returns"
end)
print("main1", coroutine.resume(A))
print("main2", coroutine.resume(A))
print(coroutine.status(A), coroutine.status(B), coroutine.status(C))

local wc = coroutine.wrap(function() error("wc fails") end)
local wb = coroutine.wrap(function() wc() end)
local wa = coroutine.wrap(function() wb() end)
print("wrap3", pcall(wa))
wc = coroutine.wrap(function() error({ tag = "T" }) end)
wb = coroutine.wrap(function() wc() end)
wa = coroutine.wrap(function() wb() end)
ok, e = pcall(wa)
print("wrap3 table", ok, type(e), e.tag)
-- middle level catches
wc = coroutine.wrap(function() error("wc2 fails") end)
wb = coroutine.wrap(function() local ok, e = pcall(wc) coroutine.yield("wb caught: " .. e) return "wb end" end)
wa = coroutine.wrap(function() local r = wb() coroutine.yield(r) coroutine.yield(wb()) end)
print("mid1", wa())
print("mid2", wa())
print("mid3", pcall(wa))
print("mid4", pcall(wa))

-- 6. error inside a wrap iterator in a generic-for
print(pcall(function()
  for i in coroutine.wrap(function() coroutine.yield(1) coroutine.yield(2) error("iter broke") end) do
    print("iter", i)
  end
end))
ok, e = pcall(function()
  for i in coroutine.wrap(function() coroutine.yield(1) error({ "iter table" }) end) do
    print("iter", i)
  end
end)
print(ok, type(e), e[1])

-- 7. error in the resumer right after a resume returned
co = coroutine.create(function() while true do coroutine.yield(nil) end end)
print(pcall(function()
  local ok, v = coroutine.resume(co)
  return v.field
end))
print(coroutine.status(co))
print(pcall(function()
  return (coroutine.resume(co)) + 1
end))
w = coroutine.wrap(function() while true do coroutine.yield(nil) end end)
print(pcall(function() return w().x end))
print(pcall(function() local r = w() return r() end))
print(pcall(function() error("after wrap " .. tostring(w())) end))
-- inside a coroutine: resume returned, then the resumer coroutine fails
local outer = coroutine.create(function()
  local ok, v = coroutine.resume(co)
  return v + 1
end)
print(coroutine.resume(outer))
print(coroutine.status(outer), coroutine.status(co))
