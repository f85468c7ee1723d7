-- library callbacks and metamethods that call coroutine functions (no yield crosses them)
local counter = coroutine.wrap(function()
  local i = 0
  while true do i = i + 1 coroutine.yield(i) end
end)

-- string.gsub with a function replacement that calls a wrap
print((string.gsub("a b c d", "%a", function(c) return c .. counter() end)))
-- gsub replacement resuming a coroutine that yields the replacement
local upper = coroutine.create(function(s)
  while true do s = coroutine.yield(s:upper() .. "!") end
end)
print((string.gsub("one two", "%a+", function(w) local ok, r = coroutine.resume(upper, w) return r end)))
-- gsub replacement that runs a whole generator
print((string.gsub("x-y", "%a", function(c)
  local t = {}
  for v in coroutine.wrap(function() for i = 1, 3 do coroutine.yield(c .. i) end end) do t[#t + 1] = v end
  return table.concat(t)
end)))

-- table.sort comparator resuming a coroutine
local cmpco = coroutine.create(function(a, b)
  while true do a, b = coroutine.yield(a < b) end
end)
local calls = 0
local t = { 5, 3, 9, 1, 7, 2, 8, 6, 4, 10 }
table.sort(t, function(a, b)
  calls = calls + 1
  local ok, r = coroutine.resume(cmpco, a, b)
  return r
end)
print("sorted", table.concat(t, " "), calls > 0)
-- comparator through a wrap
local cmpw = coroutine.wrap(function(a, b) while true do a, b = coroutine.yield(a > b) end end)
table.sort(t, function(a, b) return cmpw(a, b) end)
print("sorted desc", table.concat(t, " "))
-- comparator creating a fresh coroutine each time
table.sort(t, function(a, b) return coroutine.wrap(function() return a < b end)() end)
print("sorted fresh", table.concat(t, " "))

-- __index / __newindex / __call / arithmetic / comparison / concat metamethods calling coroutines
local store = coroutine.wrap(function(k)
  local data = {}
  local cmd, v
  while true do
    cmd, k, v = coroutine.yield(data[k])
    if cmd == "set" then data[k] = v end
  end
end)
store("init")
local proxy = setmetatable({}, {
  __index = function(_, k) return store("get", k) end,
  __newindex = function(_, k, v) store("set", k, v) end,
  __call = function(self, a) return coroutine.wrap(function() coroutine.yield(a * 2) end)() end,
  __add = function(a, b) local co = coroutine.create(function() return 42 end) return select(2, coroutine.resume(co)) end,
  __concat = function(a, b) return "cat" .. counter() end,
  __unm = function(a) return -counter() end,
  __len = function(a) return counter() end,
  __eq = function(a, b) return coroutine.wrap(function() return true end)() end,
  __lt = function(a, b) return coroutine.wrap(function() return false end)() end,
  __le = function(a, b) return coroutine.wrap(function() return true end)() end,
})
proxy.x = 10
proxy.y = "why"
print("index", proxy.x, proxy.y, proxy.z)
print("call", proxy(21))
print("add", proxy + 1, 1 + proxy)
print("concat", proxy .. "s", "s" .. proxy)
print("unm", -proxy)
local other = setmetatable({}, getmetatable(proxy))
print("eq", proxy == other, proxy ~= other)
print("lt le", proxy < other, proxy <= other, proxy > other, proxy >= other)
-- __tostring through tostring / print
local obj = setmetatable({}, { __tostring = function() return "obj#" .. counter() end })
print(obj, tostring(obj))

-- metamethods calling coroutine functions, while themselves running inside a coroutine
local co = coroutine.create(function()
  print("in co index", proxy.x)
  coroutine.yield("between")
  print("in co call", proxy(5))
  print("in co sort")
  local u = { 3, 1, 2 }
  table.sort(u, function(a, b) return cmpw(b, a) end)
  print(table.concat(u, ","))
  return "co done"
end)
print(coroutine.resume(co))
print(coroutine.resume(co))

-- the library still works
print(coroutine.wrap(function(...) return ... end)("ok", "still"))
