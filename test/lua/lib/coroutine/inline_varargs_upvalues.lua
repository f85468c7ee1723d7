-- varargs through resume/yield, yields from deep calls and loops, tail calls, upvalues
local function show(...)
  local n = select('#', ...)
  local t = {}
  for i = 1, n do t[i] = tostring((select(i, ...))) end
  return n .. ":[" .. table.concat(t, ",") .. "]"
end

-- varargs body
local co = coroutine.create(function(...)
  print("body", show(...))
  print("yield gets", show(coroutine.yield(...)))
  local function inner(...) return coroutine.yield(select('#', ...), ...) end
  print("inner gets", show(inner(...)))
  return ...
end)
print("r1", show(coroutine.resume(co, 1, nil, 3, nil)))
print("r2", show(coroutine.resume(co, "x", nil)))
print("r3", show(coroutine.resume(co)))
print("r4", show(coroutine.resume(co, "ignored")))

-- passing resume's results straight into yield (vararg forwarding) through a chain
local relay = coroutine.wrap(function(...)
  local args = { n = select('#', ...), ... }
  while true do
    local co2 = coroutine.create(function(...) return select('#', ...), ... end)
    local function pack(...) return { n = select('#', ...), ... } end
    args = pack(coroutine.yield(select(2, coroutine.resume(co2, unpack(args, 1, args.n)))))
  end
end)
print("relay", show(relay(1, 2)))
print("relay", show(relay(nil, nil, nil)))
print("relay", show(relay()))

-- yield from several Lua calls deep
local function level3(x) local y = coroutine.yield("L3", x) return y * 3 end
local function level2(x) local r = level3(x + 1) return r + 1 end
local function level1(x) local r = level2(x + 1) return r * 2 end
co = coroutine.create(function(x)
  local a = level1(x)
  local b = level1(a)
  return a, b
end)
print(coroutine.resume(co, 1))
print(coroutine.resume(co, 10))
print(coroutine.resume(co, 20))
print(coroutine.resume(co))

-- yields inside numeric for / while / repeat, with locals live across
co = coroutine.wrap(function()
  local acc = {}
  for i = 10, 1, -3 do acc[#acc + 1] = coroutine.yield("for", i) end
  local j = 0
  while j < 3 do j = j + 1 acc[#acc + 1] = coroutine.yield("while", j) end
  local k = 100
  repeat
    local local_in_repeat = k * 2
    acc[#acc + 1] = coroutine.yield("repeat", k)
    k = k - 40
  until local_in_repeat < 100
  for fi = 0.5, 2, 0.5 do acc[#acc + 1] = coroutine.yield("float", fi) end
  return table.concat(acc, ",")
end)
local n = 0
while true do
  local tag, v = co(n)
  n = n + 1
  if tag ~= "for" and tag ~= "while" and tag ~= "repeat" and tag ~= "float" then
    print("loops result", tag)
    break
  end
  print("loop", tag, v)
end

-- tail calls inside the coroutine before yielding
local function t3(a) return coroutine.yield("t3", a) end
local function t2(a) return t3(a .. "2") end
local function t1(a) return t2(a .. "1") end
co = coroutine.create(function(a) return t1(a) end)
print(coroutine.resume(co, "x"))
print(coroutine.resume(co, "back", "two"))
print(coroutine.status(co))
-- tail-calling the yield itself, as the body
co = coroutine.create(function(...) return coroutine.yield(...) end)
print(coroutine.resume(co, 1, 2))
print(coroutine.resume(co, 3, 4))
print(coroutine.status(co))
-- tail call to a function that resumes another coroutine
local other = coroutine.create(function(a) while true do a = coroutine.yield(a * 10) end end)
local function resumeOther(v) return coroutine.resume(other, v) end
co = coroutine.wrap(function(v)
  while true do v = coroutine.yield(resumeOther(v)) end
end)
print(co(1))
print(co(2))
print(co(3))

-- closures capturing the coroutine's locals across yields
local getters = {}
co = coroutine.create(function()
  local x = 1
  local function get() return x end
  local function set(v) x = v end
  getters.get, getters.set = get, set
  coroutine.yield()
  x = x + 10
  coroutine.yield()
  for i = 1, 3 do
    local captured = i * 100
    getters[i] = function() captured = captured + 1 return captured end
    coroutine.yield()
  end
  x = x + 1000
  return "finished"
end)
coroutine.resume(co)
print("get", getters.get())
getters.set(5)
coroutine.resume(co)
print("get", getters.get())
for i = 1, 3 do coroutine.resume(co) end
print("loop closures", getters[1](), getters[1](), getters[2](), getters[3]())
print(coroutine.resume(co))
print("after death", getters.get(), coroutine.status(co))
getters.set(-1)
print("closed upvalue still shared", getters.get())
print("loop closures", getters[1](), getters[2](), getters[3]())

-- upvalues closed when the coroutine dies from an error
local keep
co = coroutine.create(function()
  local v = "alive"
  keep = function(nv) if nv then v = nv end return v end
  coroutine.yield()
  v = "changed"
  error("die")
end)
coroutine.resume(co)
print("keep", keep())
print(coroutine.resume(co))
print("keep after error", keep(), keep("set"), keep())

-- a coroutine sharing an upvalue with its creator
local shared = 0
local w = coroutine.wrap(function()
  while true do shared = shared + 1 coroutine.yield(shared) end
end)
for i = 1, 3 do shared = shared * 10 print("shared", w(), shared) end

-- a closure over a for-loop variable made in a coroutine, each iteration separate
local fs = {}
co = coroutine.wrap(function()
  for i = 1, 3 do
    fs[i] = function() return i end
    coroutine.yield()
  end
end)
co() co() co()
print("for closures", fs[1](), fs[2](), fs[3]())

-- select('#') of yields
co = coroutine.wrap(function()
  while true do
    local n = select('#', coroutine.yield())
    coroutine.yield(n)
  end
end)
co()
print("count", co(nil, nil, nil, nil))
co()
print("count", co())
co()
print("count", co(unpack({ 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 })))

-- many values through yield and resume
local big = {}
for i = 1, 250 do big[i] = i end
co = coroutine.create(function(...)
  local n = select('#', ...)
  local back = { coroutine.yield(n, ...) }
  return #back, back[1], back[#back]
end)
local res = { coroutine.resume(co, unpack(big)) }
print("big", #res, res[1], res[2], res[3], res[#res])
print("big back", coroutine.resume(co, unpack(big, 1, 200)))
