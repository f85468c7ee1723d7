-- table.sort is not stable: the exact order of equal keys follows Lua 5.1's quicksort
local function run(n, mod)
  local t = {}
  for i = 1, n do t[i] = { key = (i * 7) % mod, id = i } end
  table.sort(t, function(a, b) return a.key < b.key end)
  local out = {}
  for i, v in ipairs(t) do out[i] = v.key .. "/" .. v.id end
  print(n, mod, table.concat(out, " "))
end
run(5, 2)
run(8, 3)
run(12, 2)
run(16, 4)
run(20, 5)
run(30, 3)
run(40, 7)
run(25, 4)
run(33, 5)
