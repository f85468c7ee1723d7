-- ping-pong resume/yield: 0, 1, many values and nils in both directions
local function show(...)
  local n = select('#', ...)
  local t = {}
  for i = 1, n do t[i] = tostring((select(i, ...))) end
  return n .. ":[" .. table.concat(t, ",") .. "]"
end

local co = coroutine.create(function(...)
  print("start", show(...))
  local r = { coroutine.yield() }
  print("got1", #r)
  print("got2", show(coroutine.yield(1)))
  print("got3", show(coroutine.yield(1, 2, 3)))
  print("got4", show(coroutine.yield(nil)))
  print("got5", show(coroutine.yield(nil, nil)))
  print("got6", show(coroutine.yield(1, nil, 3, nil)))
  print("got7", show(coroutine.yield(nil, nil, nil, nil, nil, 6)))
  print("got8", show(coroutine.yield()))
  return "done", nil, nil
end)

print("r0", show(coroutine.resume(co)))
print("r1", show(coroutine.resume(co)))
print("r2", show(coroutine.resume(co, "a")))
print("r3", show(coroutine.resume(co, "a", "b", "c")))
print("r4", show(coroutine.resume(co, nil)))
print("r5", show(coroutine.resume(co, nil, nil, nil)))
print("r6", show(coroutine.resume(co, 1, nil)))
print("r7", show(coroutine.resume(co, nil, 2)))
print("r8", show(coroutine.resume(co, nil, nil, 3, nil)))
print("r9", show(coroutine.resume(co)))
print(coroutine.status(co))

-- different result counts at the resume site
local function gen()
  return coroutine.create(function(...)
    local function pack(...) return { n = select('#', ...), ... } end
    local args = pack(...)
    while true do
      args = pack(coroutine.yield(unpack(args, 1, args.n)))
      if args[1] == "stop" then return "end", 1, 2 end
    end
  end)
end

local g = gen()
local a = coroutine.resume(g, 10, 20, 30)
print("single", a)
local a1, a2 = coroutine.resume(g, 11, 21, 31)
print("two", a1, a2)
local b1, b2, b3, b4, b5, b6 = coroutine.resume(g, 12, 22)
print("six", b1, b2, b3, b4, b5, b6)
print("direct", coroutine.resume(g, 13, nil, 33))
local t = { coroutine.resume(g, 14, 24, 34, 44) }
print("table", #t, t[1], t[2], t[5])
print("count", select('#', coroutine.resume(g, nil, nil, nil)))
print("count0", select('#', coroutine.resume(g)))
print("middle", (coroutine.resume(g, 15, 25)), "after")
print("nested", coroutine.resume(g, 16), coroutine.resume(g, 17, 27))
local function ret() return coroutine.resume(g, 18, 28) end
print("ret", ret())
local function ret1() return (coroutine.resume(g, 19, 29)) end
print("ret1", ret1())
local function tail(...) return select('#', ...), ... end
print("lastarg", tail(coroutine.resume(g, 20, 30, 40)))
print("notlast", tail(coroutine.resume(g, 21, 31), "x"))
local s = 0
for i = 1, 10 do
  local ok, v = coroutine.resume(g, i)
  s = s + v
end
print("loop", s)
print("tab2", #{ coroutine.resume(g, 1, 2, 3), coroutine.resume(g, 4, 5, 6) })
print("stop", coroutine.resume(g, "stop"))
print("dead", coroutine.resume(g))
print("dead", select('#', coroutine.resume(g, 1, 2, 3)))

-- same for wrap
local w = coroutine.wrap(function(...)
  local args = { n = select('#', ...), ... }
  while true do
    args = { n = select('#', coroutine.yield(unpack(args, 1, args.n))) }
    -- args above only records n, re-yield a fixed pattern
    if args.n == 0 then args = { n = 0 } else args = { n = args.n, "v" .. args.n } end
  end
end)
print("w0", show(w(1, 2, 3)))
print("w1", show(w()))
print("w2", show(w(nil)))
print("w3", show(w(nil, nil, nil)))
local x = w(1, 2)
print("w single", x)
print("w middle", (w(1, 2, 3, 4)), "after")
print("w count", select('#', w(1, 2, 3, 4, 5)))
local function wret() return w(1, 2, 3) end
print("w ret", show(wret()))
print("w tab", #{ w(1, 2), w(1, 2, 3) })
print("w lastarg", tail(w(9, 9)))
print("w notlast", tail(w(9, 9), "y"))
