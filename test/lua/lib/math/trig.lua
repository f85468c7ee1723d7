-- math.sin math.cos math.tan
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
local vals = { 0, 0.5, 1, 2, 3, math.pi / 6, math.pi / 4, math.pi / 3, math.pi / 2, math.pi, 2 * math.pi, -1, -math.pi / 2, 10, 100, 1e6, 1e-10 }
for _, v in ipairs(vals) do
  p(v, math.sin(v), math.cos(v), math.tan(v))
end
print(math.sin(math.huge) ~= math.sin(math.huge), math.cos(-math.huge) ~= math.cos(-math.huge))
print(pcall(math.sin))
print(pcall(math.cos, {}))
print(pcall(math.tan, "x"))
