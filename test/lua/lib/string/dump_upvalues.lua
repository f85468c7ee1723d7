-- dumped functions lose their upvalue values: they come back as nil
local up = 10
local function usesUp() return up end
local f = loadstring(string.dump(usesUp))
print(pcall(f))
local function counter()
  local n = 0
  return function() n = (n or 100) + 1 return n end
end
local c = counter()
print(c(), c())
local c2 = loadstring(string.dump(c))
print(pcall(c2))
-- the global environment of a loaded dump is the global table
x_global = "G"
local g = loadstring(string.dump(function() return x_global end))
print(g())
-- dump of a dumped function
local twice = loadstring(string.dump(loadstring(string.dump(function(a) return a .. "!" end))))
print(twice("hi"))
print(#string.dump(function() end) > 10)
local src = loadstring("return 1 + 2")
print(loadstring(string.dump(src))())
