-- ref: luajit
-- yield inside __concat
local mt = { __concat = function(a, b)
  local left = type(a) == "table" and a.s or a
  local right = type(b) == "table" and b.s or b
  local sep = coroutine.yield(left .. "|" .. right)
  return left .. sep .. right
end }
local S = function(s) return setmetatable({ s = s }, mt) end
local co = coroutine.wrap(function()
  local r1 = S("a") .. "b"
  local r2 = "x" .. S("y")
  local r3 = "p" .. "q" .. S("r")
  return r1, r2, r3
end)
print(co())
print(co("+"))
print(co("-"))
print(co("*"))
