print(pcall(function() return 1, 2, 3 end))
print(pcall(function() end))
print(select("#", pcall(function() end)))
print(pcall(function(...) return select("#", ...), ... end, "a", nil, "c"))
print(pcall(math.max, 3, 7, 5))
print(pcall(print, "printed inside pcall"))
print(pcall(pcall, error, "nested"))
print(pcall(pcall))
print(pcall(pcall, pcall, error, "deep"))
print(pcall(nil))
print(pcall(42))
print(pcall({}))
local t = setmetatable({}, { __call = function(self, x) return "called with " .. x end })
print(pcall(t, "arg"))
-- pcall returns false only for errors
print(pcall(function() return false end))
print(pcall(function() return nil end))
-- a value returned by pcall keeps its identity
local tb = {}
local ok, r = pcall(function() return tb end)
print(ok, r == tb)
-- state stays consistent after many caught errors
local count = 0
for i = 1, 1000 do
  local ok = pcall(function() local x = nil return x.y end)
  if not ok then count = count + 1 end
end
print(count)
