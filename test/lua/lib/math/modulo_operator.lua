-- the % operator: a - floor(a/b)*b
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
local as = { 7, -7, 7.5, -7.5, 0, 1, 3, -3, 10, 1e10, 0.3 }
local bs = { 3, -3, 2, 0.5, 10, -0.7, 1 }
for _, a in ipairs(as) do
  local row = {}
  for _, b in ipairs(bs) do row[#row + 1] = string.format("%.17g", a % b) end
  print(a, table.concat(row, " "))
end
local z = 5 % 0
print(z ~= z)
