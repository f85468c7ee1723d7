-- resume / wrap / yield reached through different call paths: direct calls (switched in place),
-- tail calls, pcall, aliases, method calls, __call, as for-iterators, from callbacks
local function show(...)
  local n = select('#', ...)
  local t = {}
  for i = 1, n do
    local v = (select(i, ...))
    t[i] = type(v) == "table" and "<table>" or tostring(v)
  end
  return n .. ":[" .. table.concat(t, ",") .. "]"
end
local function echo()
  return coroutine.create(function(...)
    local args = { n = select('#', ...), ... }
    while true do
      local function pack(...) return { n = select('#', ...), ... } end
      args = pack(coroutine.yield(unpack(args, 1, args.n)))
    end
  end)
end

-- one coroutine resumed alternately through every path
local co = echo()
local resume, yield = coroutine.resume, coroutine.yield
local cor = coroutine
print("direct", show(coroutine.resume(co, 1)))
print("alias", show(resume(co, 2, 3)))
print("pcall", show(pcall(coroutine.resume, co, 4)))
print("field", show(cor["resume"](co, 5, nil)))
local function tail(...) return coroutine.resume(co, ...) end
print("tail", show(tail(6, 7, 8)))
print("select", show(select(2, "x", coroutine.resume(co, 9))))
print("xpcall", show(xpcall(function() return coroutine.resume(co, 10) end, print)))
local t = { r = coroutine.resume }
print("method-ish", show(t.r(co, 11)))
print("in table ctor", show(unpack({ coroutine.resume(co, 12, 13) })))
print("nested arg", show(coroutine.resume(co, coroutine.resume(echo(), "inner", "args"))))

-- yields through different paths, the coroutine resumed directly each time
co = coroutine.create(function()
  local a = coroutine.yield("direct")
  local b = yield("alias", a)
  local c = cor.yield("field", b)
  local function ty(...) return coroutine.yield(...) end
  local d = ty("tail", c)
  local e = select(2, "skip", coroutine.yield("select", d))
  local f = { coroutine.yield("ctor", e) }
  return "done", unpack(f)
end)
for i = 1, 7 do print("yield path", show(coroutine.resume(co, "v" .. i))) end

-- wrap through different paths
local w = coroutine.wrap(function(...)
  local args = { n = select('#', ...), ... }
  while true do
    local function pack(...) return { n = select('#', ...), ... } end
    args = pack(coroutine.yield(unpack(args, 1, args.n)))
  end
end)
print("w direct", show(w(1)))
print("w pcall", show(pcall(w, 2, nil)))
local function wt(...) return w(...) end
print("w tail", show(wt(3, 4)))
local callable = setmetatable({}, { __call = function(self, ...) return w(...) end })
print("w __call", show(callable(5)))
local obj = { step = w }
print("w method", show(obj:step(6)))   -- obj is passed as the first value
print("w field", show(obj.step(7)))
local callw = setmetatable({}, { __call = w })
print("__call is the wrap", show(callw("x")))

-- coroutine.resume as a generic-for iterator: for ok, v in coroutine.resume, co
co = coroutine.create(function(first)
  for i = 1, 3 do first = coroutine.yield(i * 10) end
  return "last"
end)
local n = 0
for ok, v in coroutine.resume, co do
  n = n + 1
  print("resume iter", ok, v, coroutine.status(co))
  if coroutine.status(co) == "dead" or n > 10 then break end
end

-- a wrap iterating itself: cannot resume running coroutine
local self
self = coroutine.wrap(function()
  for x in self do print("never", x) end
end)
print(pcall(self))

-- first resumed via pcall (a JS-level call), later switched directly, and the other way round
co = echo()
print("p1", show(pcall(coroutine.resume, co, "a")))
print("d1", show(coroutine.resume(co, "b")))
print("p2", show(pcall(coroutine.resume, co, "c")))
print("d2", show(coroutine.resume(co, "d")))
co = echo()
print("d1", show(coroutine.resume(co, "a")))
print("p1", show(pcall(coroutine.resume, co, "b")))

-- a coroutine resumed by one thread, then by another
local X = echo()
local A = coroutine.wrap(function() while true do coroutine.yield(select(2, coroutine.resume(X, "fromA"))) end end)
local B = coroutine.wrap(function() while true do coroutine.yield(select(2, pcall(coroutine.resume, X, "fromB"))) end end)
print("A", show(A()))
print("B", show(B()))
print("main", show(coroutine.resume(X, "fromMain")))
print("A", show(A()))
print("B", show(B()))

-- resume from inside callbacks run by callSync-style natives: sort comparator, __index,
-- __tostring (through tostring), xpcall handler, gsub replacement, while inside a coroutine
local gen = coroutine.wrap(function() local i = 0 while true do i = i + 1 coroutine.yield(i) end end)
co = coroutine.create(function()
  local u = { 3, 1, 2 }
  table.sort(u, function(a, b) gen() return a < b end)
  coroutine.yield("sorted " .. table.concat(u))
  local m = setmetatable({}, { __index = function(_, k) return k .. gen() end })
  coroutine.yield("index " .. m.key)
  local s = tostring(setmetatable({}, { __tostring = function() return "ts" .. gen() end }))
  coroutine.yield("tostring " .. s)
  local ok, e = xpcall(function() error("x", 0) end, function(m2) return m2 .. gen() end)
  coroutine.yield("xpcall " .. tostring(ok) .. " " .. e)
  local g = string.gsub("ab", "%a", function(c) return c .. gen() end)
  coroutine.yield("gsub " .. g)
  return "callbacks done", gen()
end)
for i = 1, 6 do print(coroutine.resume(co)) end

-- errors from a wrap raised inside those callbacks, caught inside / outside the coroutine
local bad = function() return coroutine.wrap(function() error("cb fail") end) end
co = coroutine.create(function()
  local ok, e = pcall(table.sort, { 2, 1 }, function(a, b) bad()() return a < b end)
  coroutine.yield("sort", ok, e)
  ok, e = pcall(function() return setmetatable({}, { __index = function() bad()() end }).k end)
  coroutine.yield("index", ok, e)
  ok, e = pcall(tostring, setmetatable({}, { __tostring = function() bad()() end }))
  coroutine.yield("tostring", ok, e)
  local u = { 2, 1 }
  table.sort(u, function(a, b) bad()() end) -- uncaught: kills the coroutine
end)
for i = 1, 5 do print(coroutine.resume(co)) end

-- large numbers of values through switches
local big = {}
for i = 1, 5000 do big[i] = i end
co = coroutine.create(function(...)
  local n = select('#', ...)
  local back = { coroutine.yield(n, select(n, ...)) }
  coroutine.yield(#back, back[#back])
  return unpack(back)
end)
print("big1", coroutine.resume(co, unpack(big)))
print("big2", coroutine.resume(co, unpack(big, 1, 4000)))
local r = { coroutine.resume(co) }
print("big3", #r, r[1], r[2], r[#r])
w = coroutine.wrap(function(...) local n = select('#', ...) return select(n - 2, ...) end)
print("wrap big", w(unpack(big)))
print("wrap big count", select('#', coroutine.wrap(function() return unpack(big) end)()))
