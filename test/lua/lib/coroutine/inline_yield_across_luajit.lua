-- ref: luajit
-- yields across pcall / xpcall / metamethods / for-iterators (LuaJIT-style extension), mixed with
-- resumes and wraps switching threads in place
local log = {}
local function L(...) local t = {} for i = 1, select('#', ...) do t[i] = tostring((select(i, ...))) end log[#log + 1] = table.concat(t, " ") end

-- yield across pcall, values both ways, then an error caught by the same pcall after resuming
local co = coroutine.create(function(a)
  local ok, x, y = pcall(function(b)
    local r = coroutine.yield("in pcall", b)
    local r2, r3 = coroutine.yield("again", r)
    error("after yields " .. tostring(r2) .. tostring(r3))
  end, a + 1)
  coroutine.yield("pcall returned", ok, x)
  return "end"
end)
print(coroutine.resume(co, 1))
print(coroutine.resume(co, "R"))
print(coroutine.resume(co, "S", "T"))
print(coroutine.resume(co))
print(coroutine.resume(co))

-- yield across xpcall with a handler, the handler runs in the coroutine after resuming
co = coroutine.create(function()
  return xpcall(function()
    local v = coroutine.yield("xp")
    error({ v })
  end, function(e) return "handled " .. tostring(e[1]) .. " in " .. coroutine.status(coroutine.running()) end)
end)
print(coroutine.resume(co))
print(coroutine.resume(co, "V"))

-- nested pcalls, each level yields
co = coroutine.wrap(function()
  local r = { pcall(function()
    coroutine.yield(1)
    return pcall(function()
      coroutine.yield(2)
      return pcall(function()
        coroutine.yield(3)
        error("deepest", 0)
      end)
    end)
  end) }
  return unpack(r)
end)
print(co()) print(co()) print(co()) print(co())

-- yield across metamethods
local mt = {
  __index = function(t, k) return coroutine.yield("index", k) end,
  __add = function(a, b) return coroutine.yield("add") end,
  __lt = function(a, b) return coroutine.yield("lt") end,
  __concat = function(a, b) return coroutine.yield("concat") end,
  __call = function(self, x) return coroutine.yield("call", x) end,
  __eq = function(a, b) return coroutine.yield("eq") end,
  __unm = function(a) return coroutine.yield("unm") end,
  __newindex = function(t, k, v) coroutine.yield("newindex", k, v) end,
}
local a, b = setmetatable({}, mt), setmetatable({}, mt)
co = coroutine.wrap(function()
  local r1 = a.foo
  local r2 = a + 1
  local r3 = a < b
  local r4 = a .. "x"
  local r5 = a(7)
  local r6 = a == b
  local r7 = -a
  a.k = "v"
  return r1, r2, r3, r4, r5, r6, r7
end)
print(co())
print(co("I"))
print(co("A"))
print(co(nil))
print(co("C"))
print(co("CALL"))
print(co(1))
print(co("U"))
print(co())

-- yield across a generic-for iterator (Lua function iterator)
co = coroutine.wrap(function()
  local out = {}
  for k, v in function(s, c) if c < 3 then return c + 1, coroutine.yield("iter", c) end end, nil, 0 do
    out[#out + 1] = k .. "=" .. tostring(v)
  end
  return table.concat(out, ",")
end)
print(co()) print(co("a")) print(co("b")) print(co("c"))

-- a coroutine yielding across pcall resumes another one that also yields across pcall
local inner = coroutine.create(function()
  pcall(function() coroutine.yield("inner1") coroutine.yield("inner2") end)
  return "inner done"
end)
co = coroutine.create(function()
  local ok, e = pcall(function()
    L("outer got", coroutine.resume(inner))
    coroutine.yield("outer1")
    L("outer got", coroutine.resume(inner))
    coroutine.yield("outer2")
    L("outer got", coroutine.resume(inner))
    error("outer err")
  end)
  return ok, e
end)
for i = 1, 4 do L("main got", coroutine.resume(co)) end
print(table.concat(log, "\n"))

-- a wrap inside pcall inside a coroutine, the wrap errors after the coroutine yielded
-- (a table error: LuaJIT's wrap does not add the caller's position to string errors)
co = coroutine.create(function()
  local w = coroutine.wrap(function() coroutine.yield("w1") error({ msg = "w fails" }) end)
  local ok, e = pcall(function()
    local v = w()
    coroutine.yield(v)
    return w()
  end)
  return ok, e.msg
end)
print(coroutine.resume(co))
print(coroutine.resume(co))
print(coroutine.status(co))

-- coroutine.yield itself as the generic-for iterator function
local co = coroutine.create(function()
  local got = {}
  for a, b in coroutine.yield, "state" do
    got[#got + 1] = tostring(a) .. "/" .. tostring(b)
  end
  return table.concat(got, " ")
end)
print(coroutine.resume(co))
print(coroutine.resume(co, 1, 2))
print(coroutine.resume(co, 3))
print(coroutine.resume(co, nil, 4))
local w = coroutine.wrap(function()
  for a in coroutine.yield do coroutine.yield("body " .. a) end
  return "loop over"
end)
print(w()) print(w("x")) print(w()) print(w("y")) print(w()) print(w(nil)) print(pcall(w))
