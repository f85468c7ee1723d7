-- math.frexp and math.ldexp
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
for _, v in ipairs({ 1, 2, 3, 0.5, 0.1, -8, 1000, 1e300, 1e-300, 5e-324, 2^1023, 123.456, 0 }) do
  local m, e = math.frexp(v)
  p(v, m, e, math.ldexp(m, e))
end
p("inf", math.frexp(math.huge))
for _, c in ipairs({ { 1, 0 }, { 1, 1 }, { 1, -1 }, { 0.75, 4 }, { 1, 1023 }, { 1, 1024 }, { 1, -1074 }, { 1, -1075 }, { -3, 5 }, { 1, 2.9 }, { 1, -2.9 }, { 0, 100 } }) do
  p(c[1] .. "," .. c[2], math.ldexp(c[1], c[2]))
end
print(pcall(math.frexp))
print(pcall(math.ldexp, 1))
print(pcall(math.ldexp, "x", 1))
