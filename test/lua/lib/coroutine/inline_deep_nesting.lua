-- deep nesting of resumes until lua5.1's C stack limit, then the runtime still works
local maxdepth = 0
local function nest(n)
  maxdepth = n
  local co = coroutine.create(nest)
  local ok, err = coroutine.resume(co, n + 1)
  if not ok then error(err, 0) end
  return err
end
local ok, err = pcall(nest, 1)
print("resume nest", ok, err)
print("depth reached > 150", maxdepth > 150)

-- the same with wrap
maxdepth = 0
local function wnest(n)
  maxdepth = n
  return coroutine.wrap(wnest)(n + 1)
end
ok, err = pcall(wnest, 1)
local _, nprefix = err:gsub("inline_deep_nesting.lua:18: ", "")
print("wrap nest", ok, (err:gsub("inline_deep_nesting.lua:18: ", "")), nprefix > 150)
print("depth > 150", maxdepth > 150)

-- resume chain that reports the failure at the bottom as a value (no error re-raised)
maxdepth = 0
local function soft(n)
  maxdepth = n
  local co = coroutine.create(soft)
  local ok, v = coroutine.resume(co, n + 1)
  if not ok then return "bottom " .. n .. ": " .. v end
  return v
end
local r = soft(1)
print("soft", r:match("^bottom"), r:match(": (.*)$"))
print("depth > 150", maxdepth > 150)

-- nesting inside a coroutine that is itself running
local outer = coroutine.create(function()
  local ok, e = pcall(nest, 1)
  coroutine.yield(ok, e, maxdepth > 150)
  return "outer alive"
end)
print("in coroutine", coroutine.resume(outer))
print("in coroutine", coroutine.resume(outer))

-- the runtime works afterwards: normal coroutines and deep (but legal) nesting
local co = coroutine.create(function(a) local b = coroutine.yield(a * 2) return b + 1 end)
print(coroutine.resume(co, 21))
print(coroutine.resume(co, 41))
local function chain(n)
  if n == 0 then return 0 end
  local c = coroutine.create(function() return chain(n - 1) + 1 end)
  local ok, v = coroutine.resume(c)
  return v
end
print("chain 100", chain(100))
print("chain 150", chain(150))

-- each level yields back once before finishing (a stack of suspended coroutines)
local function tower(n)
  if n == 0 then
    return coroutine.create(function() coroutine.yield(0) return 0 end)
  end
  local below = tower(n - 1)
  return coroutine.create(function()
    local _, v = coroutine.resume(below)
    coroutine.yield(v + 1)
    local _, w = coroutine.resume(below)
    return w + 1
  end)
end
local t = tower(120)
print("tower", coroutine.resume(t))
print("tower", coroutine.resume(t))
print("tower", coroutine.resume(t))

-- overflow repeated several times: nothing leaks between attempts
for i = 1, 3 do
  maxdepth = 0
  local ok, e = pcall(nest, 1)
  print("again", i, ok, e, maxdepth > 150)
end

-- deep Lua recursion inside a coroutine (stack overflow, not C stack)
co = coroutine.create(function()
  local function r(n) return 1 + r(n + 1) end
  return r(1)
end)
ok, err = coroutine.resume(co)
print("lua overflow", ok, err)
co = coroutine.wrap(function()
  local function r(n) return 1 + r(n + 1) end
  return r(1)
end)
ok, err = pcall(co)
print("lua overflow wrap", ok, err)
print("still fine", coroutine.wrap(function(...) return select('#', ...) end)(1, 2, 3))
