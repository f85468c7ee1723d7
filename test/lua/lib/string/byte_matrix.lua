-- s:byte(i, j) result counts and sums for every i, j in -7..7
local s = "ABCDE"
for i = -7, 7 do
  local row = {}
  for j = -7, 7 do
    local t = { s:byte(i, j) }
    local sum = 0
    for _, v in ipairs(t) do sum = sum + v end
    row[#row + 1] = #t .. ":" .. sum
  end
  print(string.format("%3d", i), table.concat(row, " "))
end
