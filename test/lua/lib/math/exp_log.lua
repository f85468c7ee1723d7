-- math.exp math.log math.log10
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
for _, v in ipairs({ 0, 1, -1, 2, 0.5, 10, -10, 100, 709, 710, -745, -746, 1e-10 }) do
  p("exp", v, math.exp(v))
end
for _, v in ipairs({ 1, 2, 10, 0.5, 100, 1000, 1e-300, 1e300, math.exp(1), 2^1023, math.huge, 0 }) do
  p("log", v, math.log(v), math.log10(v))
end
local l = math.log(-1)
print(l ~= l)
print(pcall(math.exp))
print(pcall(math.log))
print(pcall(math.log10, "q"))
p("log base arg ignored", math.log(8, 2))
