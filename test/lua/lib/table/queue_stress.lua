-- many inserts and removes at both ends
local q = {}
local sum = 0
for i = 1, 3000 do
  table.insert(q, i)
  if i % 3 == 0 then sum = sum + table.remove(q, 1) end
end
print(#q, sum, q[1], q[#q])
local front = {}
for i = 1, 500 do table.insert(front, 1, i) end
print(#front, front[1], front[500], table.concat(front, ",", 1, 5))
for i = 1, 250 do table.remove(front, 1) end
print(#front, front[1], front[#front])
