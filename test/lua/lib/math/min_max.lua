-- math.min and math.max
local function p(label, ...)
  local out = {}
  for i = 1, select("#", ...) do
    local v = select(i, ...)
    if type(v) == "number" then
      if v ~= v then out[#out + 1] = "NaN"
      else out[#out + 1] = tostring(v) .. "(" .. string.format("%.17g", v) .. ")" end
    else out[#out + 1] = tostring(v) end
  end
  print(label, table.concat(out, " "))
end
p("max", math.max(1), math.max(1, 2), math.max(2, 1), math.max(-1, -2, -3), math.max(1, 5, 3, 5, 2))
p("min", math.min(1), math.min(1, 2), math.min(2, 1), math.min(-1, -2, -3), math.min(4, 1, 3, 1, 2))
p("inf", math.max(math.huge, 1), math.min(-math.huge, 1), math.max(-math.huge), math.min(math.huge))
p("str", math.max("10", 9), math.min("1e2", 200), math.max(1, "2"))
p("types", type(math.max("10", 9)), type(math.max("3")))
p("floats", math.max(0.1, 0.2, 0.30000000000000004), math.min(1e-300, 5e-324))
print(pcall(math.max))
print(pcall(math.min))
print(pcall(math.max, 1, "x"))
print(pcall(math.min, nil, 1))
print(pcall(function() return math.max(1, {}) end))
local t = {}
for i = 1, 100 do t[i] = (i * 37) % 101 end
p("many", math.max(unpack(t)), math.min(unpack(t)))
