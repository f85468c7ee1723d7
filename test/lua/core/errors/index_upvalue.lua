local u = nil
local n = 42
local s = "str"
print(pcall(function() return u.x end))
print(pcall(function() return n.x end))
print(pcall(function() u.x = 1 end))
print(pcall(function() return u[1] end))
print(pcall(function() return s.x end))
print(pcall(function() return s.x.y end))
local function outer()
  local up = nil
  return function() return function() return up.deep end end
end
print(pcall(outer()()))
