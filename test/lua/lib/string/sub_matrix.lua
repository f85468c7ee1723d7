-- s:sub(i, j) for every i, j in -8..8 on a 6-byte string
local s = "lupa51"
for i = -8, 8 do
  local row = {}
  for j = -8, 8 do row[#row + 1] = string.format("%-6s", s:sub(i, j)) end
  print(string.format("%3d", i), table.concat(row, "|"))
end
