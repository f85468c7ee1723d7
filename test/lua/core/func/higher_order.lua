local function map(t, f) local r = {} for i = 1, #t do r[i] = f(t[i], i) end return r end
local function fold(t, f, acc) for i = 1, #t do acc = f(acc, t[i]) end return acc end
local function zip(a, b) local r = {} for i = 1, math.min(#a, #b) do r[i] = { a[i], b[i] } end return r end
local function range(n) local r = {} for i = 1, n do r[i] = i end return r end
local function pipe(...)
  local fs = { ... }
  return function(x) for _, f in ipairs(fs) do x = f(x) end return x end
end
local squares = map(range(10), function(x) return x * x end)
print(table.concat(squares, " "))
print(fold(squares, function(a, b) return a + b end, 0), fold(range(10), math.max, 0))
local pairs_ = zip({ "a", "b", "c" }, { 1, 2 })
print(#pairs_, pairs_[1][1] .. pairs_[1][2], pairs_[2][1] .. pairs_[2][2])
local inc = function(x) return x + 1 end
local dbl = function(x) return x * 2 end
print(pipe(inc, dbl, inc)(5), pipe()(7), pipe(dbl, dbl, dbl, dbl)(1))
local function memo_fib()
  local memo = {}
  local function fib(n) if n <= 2 then return 1 end local v = memo[n] if v then return v end v = fib(n - 1) + fib(n - 2) memo[n] = v return v end
  return fib
end
print(memo_fib()(70))
local function partial(f, a) return function(...) return f(a, ...) end end
print(partial(string.rep, "ab")(3), partial(math.max, 100)(1, 200, 3))
local sorted = map(range(5), function(x) return 6 - x end)
table.sort(sorted, function(a, b) return a < b end)
print(table.concat(sorted, ","))
