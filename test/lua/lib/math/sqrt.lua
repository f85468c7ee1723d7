-- math.sqrt
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
for _, v in ipairs({ 0, 1, 2, 3, 4, 9, 10, 0.25, 1e-300, 1e300, 2^1023, 5e-324, 1e16, 123456789, math.huge }) do
  p(v, math.sqrt(v), v ^ 0.5)
end
local neg = math.sqrt(-1)
print(neg ~= neg)
print(pcall(math.sqrt))
print(pcall(math.sqrt, "four"))
p("str", math.sqrt("16"))
