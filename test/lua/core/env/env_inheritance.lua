-- a closure's environment is the one of the function that created it, at creation time
local function make() return function() return who end end
who = "global"
local envA = { who = "A" }
setfenv(make, envA)
local f1 = make()
setfenv(make, { who = "B" })
local f2 = make()
print(f1(), f2())
-- changing the creator's environment later does not affect existing closures
envA.who = "A changed"
print(f1())
-- nested definitions
local function outer()
  local function inner() return who end
  return inner
end
setfenv(outer, { who = "outer env" })
print(outer()(), getfenv(outer()) == getfenv(outer))
-- _G inside a custom environment is just a field
local g = setfenv(function() return _G end, { _G = "fake _G" })
print(g())
local h = setfenv(function() return _G end, {})
print(h())
-- rebinding the global _G does not change the environment
local saved = _G
_G = { print = function() end }
saved.print(type(_G), getfenv() == saved)
_G = saved
print(_G == getfenv())
