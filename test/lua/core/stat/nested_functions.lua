local function outer(a)
  local function middle(b)
    local function inner(c)
      return a + b + c
    end
    return inner
  end
  return middle
end
print(outer(1)(2)(3))
local function adder(n) return function(x) return x + n end end
local add5, add10 = adder(5), adder(10)
print(add5(1), add10(1), add5(add10(0)))
local function compose(f, g) return function(...) return f(g(...)) end end
local inc = function(x) return x + 1 end
local dbl = function(x) return x * 2 end
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
local function curry3(f) return function(a) return function(b) return function(c) return f(a, b, c) end end end end
print(curry3(function(a, b, c) return a .. b .. c end)("x")("y")("z"))
local function counter()
  local n = 0
  return { inc = function() n = n + 1 return n end, dec = function() n = n - 1 return n end }
end
local c1, c2 = counter(), counter()
c1.inc(); c1.inc(); c2.dec()
print(c1.inc(), c2.dec())
local function deep(n)
  if n == 0 then return function() return "bottom" end end
  local f = deep(n - 1)
  return function() return n .. ">" .. f() end
end
print(deep(5)())
