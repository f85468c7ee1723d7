-- ref: luajit
-- coroutines suspended inside pcall / xpcall / metamethods / iterators (LuaJIT-style yields),
-- then resumed in place (direct resume / wrap calls) and through pcall(coroutine.resume)
local function show(...)
  local n = select('#', ...)
  local t = {}
  for i = 1, n do t[i] = tostring((select(i, ...))) end
  return n .. ":[" .. table.concat(t, ",") .. "]"
end

-- suspended in pcall(coroutine.yield, ...) directly (yield is the function pcall calls)
local function pack(...) return { n = select('#', ...), ... } end
local co = coroutine.create(function(...)
  local r = pack(pcall(coroutine.yield, ...))
  local r2 = pack(pcall(coroutine.yield, unpack(r, 1, r.n)))
  return unpack(r2, 1, r2.n)
end)
print("1", show(coroutine.resume(co, "a", nil)))
print("2", show(coroutine.resume(co, "b", "c")))
print("3", show(pcall(coroutine.resume, co, nil, "d")))
print("4", show(coroutine.resume(co)))

-- suspended in xpcall, resumed by a wrap that is itself resumed in place
co = coroutine.create(function()
  return xpcall(function(...) local v = coroutine.yield("in xpcall") error("E:" .. v, 0) end,
    function(e) return "H<" .. e .. ">" end)
end)
local driver = coroutine.wrap(function()
  local a = { coroutine.resume(co) }
  coroutine.yield(unpack(a))
  return coroutine.resume(co, "V")
end)
print("xp1", show(driver()))
print("xp2", show(driver()))

-- a wrap whose body yields from inside pcall, used as a for iterator
local it = coroutine.wrap(function()
  for i = 1, 3 do
    local ok, e = pcall(function() coroutine.yield(i, "in pcall") if i == 2 then error("two", 0) end end)
    if not ok then coroutine.yield(i, "caught " .. e) end
  end
end)
for i, tag in it do print("iter", i, tag) end

-- suspended inside __index / __lt / __concat metamethods, resumed by different paths
local mt = {
  __index = function(t, k) return coroutine.yield("index " .. k) end,
  __lt = function(a, b) return coroutine.yield("lt") end,
  __concat = function(a, b) return coroutine.yield("concat") end,
}
local obj = setmetatable({}, mt)
co = coroutine.create(function()
  local v = obj.field
  local c = obj < obj
  local s = obj .. "!"
  return v, c, s
end)
print("m1", show(coroutine.resume(co)))
print("m2", show(pcall(coroutine.resume, co, "IDX")))
print("m3", show(coroutine.wrap(function() return coroutine.resume(co, 1) end)()))
print("m4", show(coroutine.resume(co, "CAT")))

-- suspended in a Lua for-iterator
co = coroutine.create(function()
  local acc = {}
  for v in function(_, c) c = c + 1 if c <= 3 then coroutine.yield("want " .. c) return c end end, nil, 0 do
    acc[#acc + 1] = v
  end
  return table.concat(acc, "+")
end)
for i = 1, 5 do print("it", show(coroutine.resume(co))) end

-- errors raised after resuming into a pcall-suspended coroutine
co = coroutine.create(function()
  local ok, e = pcall(function()
    coroutine.yield("waiting")
    local x = nil
    return x.y
  end)
  coroutine.yield("caught", ok, e)
  error("final", 0)
end)
print("e1", show(coroutine.resume(co)))
print("e2", show(coroutine.resume(co)))
print("e3", show(coroutine.resume(co)))
print("e4", show(coroutine.resume(co)))

-- nested: A yields across pcall while B (which it resumed) is suspended across pcall
local B = coroutine.create(function()
  pcall(function() for i = 1, 3 do coroutine.yield("B" .. i) end end)
  return "B end"
end)
local A = coroutine.create(function()
  pcall(function()
    while coroutine.status(B) ~= "dead" do
      local ok, v = coroutine.resume(B)
      coroutine.yield("A saw " .. v)
    end
  end)
  return "A end"
end)
for i = 1, 6 do print("AB", show(coroutine.resume(A))) end
