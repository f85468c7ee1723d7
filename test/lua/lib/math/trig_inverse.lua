-- math.asin math.acos math.atan
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
local vals = { 0, 0.5, -0.5, 1, -1, 0.1, 0.9, 0.99999, 1e-10, math.sqrt(2) / 2 }
for _, v in ipairs(vals) do
  p(v, math.asin(v), math.acos(v), math.atan(v))
end
for _, v in ipairs({ 2, -2, 10, 1e10, math.huge, -math.huge }) do
  local a, c = math.asin(v), math.acos(v)
  p(v, a ~= a, c ~= c, math.atan(v))
end
print(pcall(math.asin))
print(pcall(math.acos, "x"))
print(pcall(math.atan, nil))
