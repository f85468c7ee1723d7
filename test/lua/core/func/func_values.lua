local function apply(f, ...) return f(...) end
print(apply(math.max, 3, 9, 4), apply(string.rep, "ab", 3), apply(function(...) return select("#", ...) end, 1, 2))
local ops = { add = function(a, b) return a + b end, mul = function(a, b) return a * b end }
print(ops.add(2, 3), ops["mul"](2, 3))
local function map(f, t) local r = {} for i, v in ipairs(t) do r[i] = f(v) end return r end
local function filter(p, t) local r = {} for _, v in ipairs(t) do if p(v) then r[#r + 1] = v end end return r end
local function reduce(f, acc, t) for _, v in ipairs(t) do acc = f(acc, v) end return acc end
local nums = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 }
print(table.concat(map(function(x) return x * x end, nums), " "))
print(table.concat(filter(function(x) return x % 2 == 0 end, nums), " "))
print(reduce(function(a, b) return a + b end, 0, nums))
print(type(print), type(function() end), type(apply))
local anon = (function(x) return x * 2 end)(21)
print(anon)
local t = { [print] = "print key" }
print(t[print])
local fns = {}
for i = 1, 3 do fns[#fns + 1] = function() return i * 2 end end
print(fns[1]() + fns[2]() + fns[3]())
local function returns_fn() return function() return "inner" end end
print(returns_fn()())
print(pcall(apply, nil))
print(pcall(apply, 42))
print(pcall(apply, {}))
