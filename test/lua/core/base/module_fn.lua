-- module() from the 5.1 package library
local function define()
  module("mymod", package.seeall)
  local hidden = "hidden"
  function greet(who) return "hello " .. who end
  value = 42
  function get_hidden() return hidden end
  return _M
end
local m = define()
print(type(mymod), mymod == m, mymod.value, mymod.greet("you"), mymod.get_hidden())
print(mymod._NAME, mymod._PACKAGE, mymod._M == mymod)
print(package.loaded.mymod == mymod)
print(greet, value)
local function nested() module("a.b.c") x = 1 end
nested()
print(type(a), type(a.b), type(a.b.c), a.b.c.x, a.b.c._NAME, a.b.c._PACKAGE)
