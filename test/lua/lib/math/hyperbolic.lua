-- math.sinh math.cosh math.tanh (present in 5.1)
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
for _, v in ipairs({ 0, 0.5, 1, -1, 2, 10, -10, 20, 100, 710, 1e-10, math.huge, -math.huge }) do
  p(v, math.sinh(v), math.cosh(v), math.tanh(v))
end
print(pcall(math.sinh))
print(pcall(math.cosh, "x"))
print(pcall(math.tanh, {}))
