-- LUA_COMPAT_VARARG: a vararg function that does not mention '...' gets a local 'arg' table
function old_style(...)
  return arg.n, arg[1], arg[2], arg[3]
end
print(old_style("a", nil, "c"))
print(old_style())
local function new_style(...)
  local x = ...
  return arg
end
-- ...but the local is still declared: with "..." in use it is simply nil, hiding the global
print(new_style(1, 2), new_style(1, 2) == arg, type(arg))
local function shadow(...)
  local arg = "mine"
  return arg
end
print(shadow(1))
local function with_select(...)
  return select("#", ...), arg
end
print(with_select(1, 2))
local f = function(...) return type(arg), arg and arg.n end
print(f(9, 8))
-- the main chunk is vararg but has no such local: arg here is the global set by the command line
print(type(arg), arg[0])
local function nested(...)
  return function() return arg and arg.n end
end
print(nested(1, 2, 3)())
