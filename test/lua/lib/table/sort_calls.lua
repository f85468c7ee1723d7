-- the exact comparator call sequence of Lua 5.1's sort (algorithm conformance)
local function trace(t)
  local log = {}
  table.sort(t, function(a, b) log[#log + 1] = a .. "<" .. b return a < b end)
  print(#log, table.concat(t, ","))
  print(table.concat(log, " "))
end
trace({ 3, 1, 2 })
trace({ 1, 2, 3, 4, 5 })
trace({ 5, 4, 3, 2, 1 })
trace({ 2, 7, 1, 8, 2, 8, 1, 8, 2, 8 })
trace({ 9, 3, 7, 1, 5, 8, 2, 6, 4, 0, 11, 10 })
local counts = {}
for n = 1, 30 do
  local t = {}
  for i = 1, n do t[i] = (i * 37) % 101 end
  local c = 0
  table.sort(t, function(a, b) c = c + 1 return a < b end)
  counts[#counts + 1] = c
end
print(table.concat(counts, " "))
