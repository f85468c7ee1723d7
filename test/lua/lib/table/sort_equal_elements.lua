-- arrays of equal elements and few distinct values
local function run(n, k)
  local t = {}
  for i = 1, n do t[i] = { v = i % k, id = i } end
  local calls = 0
  table.sort(t, function(a, b) calls = calls + 1 return a.v < b.v end)
  local ids = {}
  for i = 1, n do ids[i] = t[i].id end
  print(n, k, calls, table.concat(ids, ","))
end
run(10, 1)
run(17, 1)
run(12, 2)
run(21, 3)
