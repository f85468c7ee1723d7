-- unusual ways of calling yield / resume / wrap functions (all allowed in lua5.1)
local function show(...)
  local n = select('#', ...)
  local t = {}
  for i = 1, n do
    local v = (select(i, ...))
    t[i] = type(v) == "table" and (v.tag or "<table>") or tostring(v)
  end
  return n .. ":[" .. table.concat(t, ",") .. "]"
end

-- __call = coroutine.yield: calling the object yields the object and the arguments
local Y = setmetatable({ tag = "Y" }, { __call = coroutine.yield })
local co = coroutine.create(function()
  local a, b = Y(1, 2)
  local c = Y()
  return a, b, c
end)
print("callY", show(coroutine.resume(co)))
print("callY", show(coroutine.resume(co, "r1", "r2")))
print("callY", show(coroutine.resume(co, "r3")))

-- method call on a table holding the coroutine functions
local lib = { tag = "lib", yield = coroutine.yield, resume = coroutine.resume, status = coroutine.status }
co = coroutine.create(function(x)
  local r = lib:yield(x) -- yields lib, x
  return r
end)
print("method yield", show(coroutine.resume(co, "X")))
print("method yield", show(coroutine.resume(co, "back")))
-- lib:resume(co) passes lib as the coroutine: error
print("method resume", pcall(function() return lib:resume(co) end))
-- resume/yield fetched from upvalues, globals, locals, table fields in a loop
local fns = { coroutine.yield, rawget(coroutine, "yield"), lib.yield }
co = coroutine.create(function()
  local acc = {}
  for i = 1, #fns do acc[i] = fns[i](i) end
  return table.concat(acc, ",")
end)
for i = 1, 4 do print("fns", show(coroutine.resume(co, "v" .. i))) end

-- a global alias
yieldg = coroutine.yield
co = coroutine.wrap(function() local v = yieldg("g1") yieldg(v) return "g end" end)
print("global", co(), co("gv"), co())

-- resume/wrap with the function values passed as arguments to other functions
local function apply(f, ...) return f(...) end
local function apply2(f, ...) local r = { f(...) } return unpack(r) end
co = coroutine.create(function(a) local b = apply(coroutine.yield, a) return apply2(coroutine.yield, b) end)
print("apply", show(apply(coroutine.resume, co, 1)))
print("apply", show(apply2(coroutine.resume, co, 2)))
print("apply", show(apply(coroutine.resume, co, 3)))

-- wrap called as a method of a table holding it and through a chain of wraps
local w = coroutine.wrap(function(self, a) while true do self, a = coroutine.yield(self and self.tag, a) end end)
local holder = { tag = "holder", w = w }
print("wrap method", show(holder:w("m1")))
print("wrap method", show(holder.w(holder, "m2")))
print("wrap plain", show(w(nil, "m3")))

-- yield results used directly as the arguments of the next yield (no locals in between)
co = coroutine.create(function(...) return coroutine.yield(coroutine.yield(coroutine.yield(...))) end)
print("chain", show(coroutine.resume(co, "a")))
print("chain", show(coroutine.resume(co, "b", "c")))
print("chain", show(coroutine.resume(co)))
print("chain", show(coroutine.resume(co, nil, nil)))
print("chain", show(coroutine.resume(co)))
-- resume results used as the arguments of the next resume
local echo = coroutine.create(function(...) local a = { ... } while true do a = { coroutine.yield(unpack(a)) } end end)
print("resume chain", show(coroutine.resume(echo, select(2, coroutine.resume(echo, select(2, coroutine.resume(echo, 1, 2)))))))

-- resume inside the condition of while / if / and / or expressions
local gen = coroutine.wrap(function() for i = 1, 5 do coroutine.yield(i) end return nil end)
local seen = {}
while true do
  local v = gen()
  if not v then break end
  seen[#seen + 1] = v
end
print("while", table.concat(seen, ","))
local g2 = coroutine.create(function() coroutine.yield(false) coroutine.yield(nil) coroutine.yield(0) end)
print("and/or", select(2, coroutine.resume(g2)) or "was false", select(2, coroutine.resume(g2)) and "x" or "was nil",
  select(2, coroutine.resume(g2)) and "zero is true")
-- resume as a table key / in arithmetic / in concatenation
local g3 = coroutine.wrap(function() local i = 0 while true do i = i + 1 coroutine.yield(i) end end)
local t = {}
t[g3()] = g3()
print("key", t[1], g3() + g3() * g3(), g3() .. "-" .. g3())
