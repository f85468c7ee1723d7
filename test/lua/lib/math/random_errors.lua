-- math.random argument errors
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
print(pcall(math.random, 0))
print(pcall(math.random, -3))
print(pcall(math.random, 5, 1))
print(pcall(math.random, 2, 1))
print(pcall(math.random, 1, 2, 3))
print(pcall(math.random, 1, 2, 3, 4))
print(pcall(math.random, "x"))
print(pcall(math.random, 1, "y"))
print(pcall(math.random, {}))
print(pcall(function() return math.random(0) end))
print(pcall(function() return math.random(3, 1) end))
print(pcall(function() return math.random(1, 1, 1) end))
print(pcall(math.random, 0.5))
print(pcall(math.random, nil))
