-- removing at each position of a 5-element array
for pos = 0, 6 do
  local t = { "a", "b", "c", "d", "e" }
  local n = select("#", table.remove(t, pos))
  local v = n > 0 and tostring(table.remove({ "a", "b", "c", "d", "e" }, pos)) or "-"
  print(pos, n, v, #t, table.concat(t, " "))
end
local t = { 1, 2, 3, 4, 5, 6, 7, 8 }
while #t > 0 do io.write(table.remove(t, math.ceil(#t / 2)), " ") end
print()
