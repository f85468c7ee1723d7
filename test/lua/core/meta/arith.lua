local V = {}
V.__index = V
local function vec(x, y) return setmetatable({ x = x, y = y }, V) end
local function show(v) if type(v) == "table" then return "(" .. v.x .. "," .. v.y .. ")" end return tostring(v) end
V.__add = function(a, b)
  if type(a) == "number" then return vec(a + b.x, a + b.y) end
  if type(b) == "number" then return vec(a.x + b, a.y + b) end
  return vec(a.x + b.x, a.y + b.y)
end
V.__sub = function(a, b) return vec(a.x - b.x, a.y - b.y) end
V.__mul = function(a, b)
  if type(a) == "number" then a, b = b, a end
  if type(b) == "number" then return vec(a.x * b, a.y * b) end
  return a.x * b.x + a.y * b.y
end
V.__div = function(a, b) return vec(a.x / b, a.y / b) end
V.__mod = function(a, b) return vec(a.x % b, a.y % b) end
V.__pow = function(a, b) return vec(a.x ^ b, a.y ^ b) end
V.__unm = function(a) return vec(-a.x, -a.y) end
local a, b = vec(1, 2), vec(3, 4)
print(show(a + b), show(a - b), show(a * b), show(a * 2), show(3 * a))
print(show(b / 2), show(b % 3), show(a ^ 2), show(-a), show(- -a))
print(show(1 + a), show(a + 1), show(a + b + a))
print(show((a + b) * 2 - a))
-- strings that look like numbers do not bypass the metamethod when the other side is a table
local TY = setmetatable({}, { __add = function(x, y) return type(x) .. "+" .. type(y) end })
print("10" + TY, TY + "5", 10 + TY)
-- numeric strings with each other still coerce
print("3" + "4", "3" * "4")
-- the left operand's metamethod is tried first
local L = setmetatable({}, { __add = function() return "left" end })
local R = setmetatable({}, { __add = function() return "right" end })
print(L + R, R + L, L + 1, 1 + R)
-- a metamethod only on the right operand is used
local only = setmetatable({}, { __sub = function(x, y) return type(x) .. "-" .. type(y) end })
print(1 - only, only - 1, {} - only)
-- missing metamethod
print(pcall(function() return a / a / {} end))
print(pcall(function() local p = setmetatable({}, {}) return p + 1 end))
print(pcall(function() return {} + a end))
