-- unpack(t, i, j) over a grid
local t = { "a", "b", "c" }
for i = -1, 4 do
  local row = {}
  for j = -1, 4 do
    local vals = { unpack(t, i, j) }
    local n = select("#", unpack(t, i, j))
    local parts = {}
    for k = 1, n do parts[k] = tostring(vals[k]) end
    row[#row + 1] = n .. "(" .. table.concat(parts, ",") .. ")"
  end
  print(i, table.concat(row, " "))
end
