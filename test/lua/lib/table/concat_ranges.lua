-- table.concat(t, sep, i, j) over a grid of i and j
local t = { "a", "b", "c", "d" }
for i = 0, 5 do
  local row = {}
  for j = 0, 5 do
    local ok, r = pcall(table.concat, t, "", i, j)
    row[#row + 1] = ok and ("[" .. r .. "]") or "ERR"
  end
  print(i, table.concat(row, " "))
end
print(pcall(table.concat, t, "", 0, 4))
print(pcall(table.concat, t, "", 1, 5))
