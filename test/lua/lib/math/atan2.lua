-- math.atan2 in all quadrants
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
local pts = { { 0, 1 }, { 1, 1 }, { 1, 0 }, { 1, -1 }, { 0, -1 }, { -1, -1 }, { -1, 0 }, { -1, 1 },
  { 0, 0 }, { 3, 4 }, { -3, 4 }, { 1e-300, 1 }, { 1, 1e-300 }, { math.huge, 1 }, { 1, math.huge }, { math.huge, math.huge }, { -math.huge, -math.huge } }
for _, q in ipairs(pts) do
  p(q[1] .. "," .. q[2], math.atan2(q[1], q[2]))
end
print(pcall(math.atan2))
print(pcall(math.atan2, 1))
print(pcall(math.atan2, 1, "x"))
p("str", math.atan2("1", "1"))
