-- metamethod results are returned as-is (any type), truncated to one value
local mt = {
  __add = function() return nil end,
  __sub = function() return false end,
  __mul = function() return "str", "ignored" end,
  __div = function() end,
  __mod = function() return {} end,
  __pow = function(a, b) return b end,
  __unm = function() return 0 end,
  __concat = function() return 1, 2 end,
}
local t = setmetatable({}, mt)
print(t + 1, t - 1, t * 1, t / 1, type(t % 1), t ^ "x", -t, t .. "")
print(select("#", t * 1), select("#", (t .. "")))
local x = t + t
print(x)
local y = (t * 2) .. "!"
print(y)
-- the metamethod can itself raise
mt.__add = function(a, b) error("refused", 2) end
print(pcall(function() return t + 1 end))
