-- inserting at each valid position of a 5-element array
for pos = 1, 6 do
  local t = { 1, 2, 3, 4, 5 }
  table.insert(t, pos, "X")
  print(pos, #t, table.concat(t, " "))
end
local t = {}
for i = 1, 10 do table.insert(t, (i % 2 == 0) and 1 or #t + 1, i) end
print(table.concat(t, " "))
t = { "a" }
table.insert(t, 1.9, "b")
table.insert(t, "1", "c")
print(table.concat(t, " "))
