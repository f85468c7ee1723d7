-- wrap functions used directly as metamethods and library callbacks (their yields stay inside)
local function looping(f)
  return coroutine.wrap(function(...)
    local args = { n = select('#', ...), ... }
    while true do
      local function pack(...) return { n = select('#', ...), ... } end
      args = pack(coroutine.yield(f(unpack(args, 1, args.n))))
    end
  end)
end

local calls = 0
local idx = looping(function(t, k) calls = calls + 1 return "idx:" .. tostring(k) .. calls end)
local mt = {
  __index = idx,
  __newindex = looping(function(t, k, v) rawset(t, k, v .. "*") end),
  __add = looping(function(a, b) return "sum" end),
  __concat = looping(function(a, b) return "cat" end),
  __lt = looping(function(a, b) return true end),
  __le = looping(function(a, b) return false end),
  __eq = looping(function(a, b) return true end),
  __unm = looping(function(a) return "neg" end),
  __call = looping(function(self, x) return "called", x end),
  __tostring = looping(function() return "TOSTRING" end),
  __len = looping(function() return 77 end),
}
local a = setmetatable({}, mt)
local b = setmetatable({}, mt)
print(a.x, a.y, a[1])
a.z = "zed"
print(rawget(a, "z"))
print(a + 1, 1 + a, a .. "s", "s" .. a)
print(a < b, a <= b, a > b, a == b, a ~= b)
print(-a, a(5))
print(tostring(a))
print(#"len ignored")

-- table.sort with a wrap comparator
local cmp = looping(function(x, y) return x > y end)
local t = { 4, 8, 1, 9, 3, 7 }
table.sort(t, cmp)
print(table.concat(t, " "))
-- string.gsub with a wrap replacement function
local rep = looping(function(c) return c:upper() .. "_" end)
print(string.gsub("abc", "%a", rep))
-- xpcall with a wrap handler
print(xpcall(function() error("boom", 0) end, looping(function(m) return "handled " .. m end)))
-- pcall of a wrap directly, and a wrap as the function given to pcall inside a coroutine
print(pcall(looping(function(...) return select('#', ...), ... end), 1, nil, 3))
local co = coroutine.create(function()
  local w = looping(function(x) return x * 2 end)
  local r = {}
  for i = 1, 3 do r[i] = select(2, pcall(w, i)) coroutine.yield(r[i]) end
  return table.concat(r, ",")
end)
for i = 1, 4 do print(coroutine.resume(co)) end
-- string.gsub / table.sort callbacks called from inside a coroutine, the callback a wrap
co = coroutine.wrap(function()
  local s = string.gsub("xyz", "%a", rep)
  coroutine.yield(s)
  local u = { 1, 3, 2 }
  table.sort(u, cmp)
  coroutine.yield(table.concat(u))
  return "end"
end)
print(co(), co(), co())

-- a dead wrap used as a metamethod: the error has the position of the expression
local once = coroutine.wrap(function(t, k) return "once" end)
local m = setmetatable({}, { __index = once })
print(m.a)
print(pcall(function() return m.b end))
-- an erroring wrap as a comparator
local badcmp = coroutine.wrap(function() error("cmp fails") end)
print(pcall(table.sort, { 2, 1, 3 }, badcmp))
-- an erroring wrap as gsub replacement
local ok, e = pcall(string.gsub, "a", "a", coroutine.wrap(function() error({ "tbl" }) end))
print(ok, type(e), e[1])
