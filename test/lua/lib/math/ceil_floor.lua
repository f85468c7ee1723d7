-- math.ceil and math.floor
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
for _, v in ipairs({ 0, 1, 1.5, -1.5, 2.5, -2.5, 0.1, -0.9, 1e15 + 0.5, 2^52 + 0.5, 2^53, 1e300, -1e300, 4503599627370495.5, math.huge, -math.huge, 5e-324 }) do
  p(v, math.floor(v), math.ceil(v))
end
p("str", math.floor("2.5"), math.ceil("2.5"))
print(pcall(math.floor))
print(pcall(math.ceil, "a"))
print(pcall(function() return math.floor({}) end))
print(math.floor(3.7) == 3, math.ceil(3.2) == 4, type(math.floor(1.5)))
