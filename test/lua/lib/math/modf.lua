-- math.modf
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
for _, v in ipairs({ 0, 1, 3.7, -3.7, 0.5, -0.5, 1e15 + 0.25, 2^53, 1e300, 5e-324, math.huge, -math.huge, 123.456 }) do
  p(v, math.modf(v))
end
print(select("#", math.modf(1.5)))
print(pcall(math.modf))
print(pcall(math.modf, "z"))
p("str", math.modf("2.25"))
