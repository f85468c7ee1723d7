local function count(...) return select("#", ...) end
print(count(), count(nil), count(nil, nil), count(1, nil, 3, nil))
local function pack(...) return { n = select("#", ...), ... } end
local p = pack(1, nil, 3)
print(p.n, p[1], p[2], p[3])
local function first(...) local a = ... return a end
print(first(7, 8, 9), first())
local function two(...) local a, b = ... return a, b end
print(two(1), two(1, 2, 3))
local function pass(...) return ... end
print(pass(1, 2, 3))
print((pass(1, 2, 3)))
local function mid(...) return 0, ..., 4 end
print(mid(1, 2, 3))
local function tail(...) return 0, ... end
print(tail(1, 2, 3))
local function tbl(...) return #{ ... }, #{ ..., "x" } end
print(tbl(1, 2, 3))
local function fixed(a, b, ...) return a, b, select("#", ...) end
print(fixed(1), fixed(1, 2), fixed(1, 2, 3, 4))
local function concat(...) return table.concat({ ... }, "-") end
print(concat("a", "b", "c"), concat())
local function sum(...)
  local s = 0
  for i = 1, select("#", ...) do s = s + (select(i, ...)) end
  return s
end
print(sum(1, 2, 3, 4, 5), sum())
local function rec(n, ...)
  if n == 0 then return select("#", ...) end
  return rec(n - 1, n, ...)
end
print(rec(10), rec(100))
print(pcall(loadstring, "local function f() return ... end"))
local f = loadstring("return select('#', ...), ...")
print(f("a", "b"))
