-- calling module() directly
print(pcall(module))
print(pcall(module, 42))
x_conflict = 5
print(pcall(module, "x_conflict"))
local function make()
  module("made.here")
  value = 1
end
make()
print(type(made), type(made.here), made.here.value, made.here._NAME, made.here._PACKAGE)
local function make2()
  module("seen", package.seeall)
  function f() return type(string) end
end
make2()
print(seen.f())
local t = {}
package.seeall(t)
print(getmetatable(t).__index == _G)
print(pcall(package.seeall, 5))
local function make3()
  module("withopts", function(m) m.opt1 = true end, function(m) m.opt2 = "yes" end)
end
make3()
print(withopts.opt1, withopts.opt2)
