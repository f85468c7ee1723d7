-- debug.getupvalue / setupvalue
local a, b = 1, "two"
local function f() return a, b end
print(debug.getupvalue(f, 1))
print(debug.getupvalue(f, 2))
print(debug.getupvalue(f, 3))
print(debug.setupvalue(f, 1, 100))
print(f())
print(a)
print(debug.setupvalue(f, 5, 0))
print(debug.getupvalue(print, 1))
print(debug.getupvalue(string.gmatch("a", "a"), 1) ~= nil)
local function noups() return 1 end
print(debug.getupvalue(noups, 1))
print(pcall(debug.getupvalue, 1, 1))
print(pcall(debug.getupvalue, f))
local function counter()
  local n = 0
  return function() n = n + 1 return n end
end
local c = counter()
c() c()
print(debug.getupvalue(c, 1))
debug.setupvalue(c, 1, 41)
print(c())
