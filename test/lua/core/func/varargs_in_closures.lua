-- '...' cannot be captured as an upvalue; closures must copy the values
local function capture(...)
  local packed = { n = select("#", ...), ... }
  return function() return unpack(packed, 1, packed.n) end
end
local f = capture(1, nil, 3)
print(f())
print(select("#", f()))
print(loadstring("local function outer(...) return function() return ... end end"))
local function bind(fn, ...)
  local bound = { ... }
  local nb = select("#", ...)
  return function(...)
    local args = {}
    for i = 1, nb do args[i] = bound[i] end
    local n = select("#", ...)
    for i = 1, n do args[nb + i] = (select(i, ...)) end
    return fn(unpack(args, 1, nb + n))
  end
end
local add3 = function(a, b, c) return a + b + c end
print(bind(add3, 1)(2, 3), bind(add3, 1, 2)(3), bind(add3, 1, 2, 3)())
local function counter(...)
  local n = select("#", ...)
  return function() n = n + 1 return n end
end
local c = counter("a", "b")
print(c(), c())
