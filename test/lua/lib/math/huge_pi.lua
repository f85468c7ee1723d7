-- math.huge and math.pi
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
p("pi", math.pi, math.pi * 2, math.pi / 2)
p("huge", math.huge, -math.huge, math.huge + 1, math.huge * 0.5, 1 / math.huge)
print(math.huge == 1 / 0, -math.huge == -1 / 0, math.huge > 1e308)
print(tostring(math.huge), tostring(-math.huge), string.format("%f %g %e", math.huge, -math.huge, math.huge))
print(string.format("%5.1f|%-6g|%+e", math.huge, -math.huge, math.huge))
print(string.format("%d", 3), math.floor(math.huge) == math.huge)
print(math.huge .. "", -math.huge .. "")
