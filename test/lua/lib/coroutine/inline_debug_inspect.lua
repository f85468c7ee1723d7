-- the debug library looking at coroutines switched in place: getinfo / getlocal / setlocal
local co = coroutine.create(function(a, b)
  local info = debug.getinfo(1, "nSl")
  print("body level1", info.name, info.what, info.currentline, info.short_src)
  print("body level2", debug.getinfo(2, "n"))
  local function inner(x)
    local i1 = debug.getinfo(1, "nl")
    local i2 = debug.getinfo(2, "nl")
    print("inner", i1.name, i1.currentline, i2.name, i2.currentline)
    local y = x * 2
    local got = coroutine.yield(y)
    return got + y
  end
  local r = inner(a + b)
  local s = coroutine.yield(r)
  return r, s
end)
print(coroutine.resume(co, 1, 2))
-- locals of the suspended coroutine (level 1 is inner, level 2 the body)
for level = 1, 2 do
  local names = {}
  local i = 1
  while true do
    local n, v = debug.getlocal(co, level, i)
    if not n then break end
    if type(v) == "function" or type(v) == "table" then v = type(v) end
    names[#names + 1] = n .. "=" .. tostring(v)
    i = i + 1
  end
  print("locals", level, table.concat(names, " "))
end
-- change a local of the suspended frame, then resume
print("setlocal", debug.setlocal(co, 1, 4, 100)) -- y in inner
print(coroutine.resume(co, 5))
print("setlocal body", debug.setlocal(co, 1, 5, 1000)) -- r in the body
print(coroutine.resume(co, "s"))
print(coroutine.resume(co))

-- getinfo of the resumer's frame around a resume
local function resumer()
  local c = coroutine.create(function() coroutine.yield(debug.getinfo(1, "l").currentline) end)
  local ok, line = coroutine.resume(c)
  return line, debug.getinfo(1, "l").currentline
end
print("lines", resumer())

-- debug.getinfo of a suspended coroutine's levels, and of level 0 (the yield)
co = coroutine.create(function() local function deep() coroutine.yield() end deep() end)
coroutine.resume(co)
for lvl = 0, 3 do
  local i = debug.getinfo(co, lvl, "nSl")
  print("co level", lvl, i and i.what, i and i.name, i and i.currentline)
end

-- debug.getinfo(f) of coroutine functions
print("resume info", debug.getinfo(coroutine.resume).what, debug.getinfo(coroutine.yield).what)
print("wrap fn info", debug.getinfo(coroutine.wrap(function() end)).what)

-- getlocal on a running coroutine's resumer (normal) from inside
local outer
outer = coroutine.create(function(arg1)
  local mark = "outer local"
  local inner = coroutine.create(function()
    local n, v = debug.getlocal(outer, 1, 1)
    local n2, v2 = debug.getlocal(outer, 1, 2)
    coroutine.yield(n, v, n2, v2)
  end)
  local ok, a, b, c, d = coroutine.resume(inner)
  return a, b, c, d
end)
print("from inner", coroutine.resume(outer, "ARG"))
