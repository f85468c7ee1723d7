-- math.deg and math.rad
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
for _, v in ipairs({ 0, 1, -1, 90, 180, 360, 45, 0.5, 1e10 }) do
  p(v, math.rad(v), math.deg(v), math.deg(math.rad(v)))
end
p("pi", math.deg(math.pi), math.deg(math.pi / 2), math.rad(180) == math.pi)
print(pcall(math.deg))
print(pcall(math.rad, {}))
