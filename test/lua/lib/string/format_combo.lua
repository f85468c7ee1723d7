-- combinations of flags on every numeric conversion
local flags = { "", "-", "+", " ", "#", "0", "-+", "+0", " 0", "#0", "-#", "+#" }
local convs = { "d", "i", "u", "x", "X", "o", "e", "E", "f", "g", "G" }
for _, c in ipairs(convs) do
  local out = {}
  for _, fl in ipairs(flags) do
    out[#out + 1] = string.format("%" .. fl .. "8" .. c, 12.5)
  end
  print(c, "[" .. table.concat(out, "][") .. "]")
end
for _, c in ipairs(convs) do
  local out = {}
  for _, fl in ipairs(flags) do
    out[#out + 1] = string.format("%" .. fl .. "9.3" .. c, -7)
  end
  print(c, "[" .. table.concat(out, "][") .. "]")
end
