-- math.abs
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
for _, v in ipairs({ 0, 1, -1, 2.5, -2.5, 1e308, -1e308, 5e-324, -5e-324, math.huge, -math.huge, 2^53, -2^53 - 2, -2^63 }) do
  p(v, math.abs(v))
end
p("str", math.abs("-3"), math.abs(" -0x10 "))
print(pcall(math.abs))
print(pcall(math.abs, "x"))
print(pcall(math.abs, {}))
print(pcall(function() return math.abs() end))
