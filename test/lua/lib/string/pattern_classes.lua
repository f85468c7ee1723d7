-- every character class over all 256 bytes (C locale): print count and members as ranges
local all = {}
for i = 0, 255 do all[#all + 1] = string.char(i) end
all = table.concat(all)
local function ranges(set)
  local out, i = {}, 0
  while i < 256 do
    if set[i] then
      local j = i
      while set[j + 1] do j = j + 1 end
      out[#out + 1] = (i == j) and tostring(i) or (i .. "-" .. j)
      i = j + 1
    else
      i = i + 1
    end
  end
  return table.concat(out, ",")
end
for _, c in ipairs({ "a", "c", "d", "l", "p", "s", "u", "w", "x", "z" }) do
  for _, cls in ipairs({ "%" .. c, "%" .. c:upper() }) do
    local set, n = {}, 0
    for i = 1, 256 do
      if all:sub(i, i):find("^" .. cls .. "$") then set[i - 1] = true; n = n + 1 end
    end
    print(cls, n, ranges(set))
  end
end
