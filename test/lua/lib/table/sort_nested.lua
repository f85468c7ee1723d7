-- sorting inside a sort comparator and sorting nested arrays
local groups = { { 3, 1, 2 }, { 9, 7 }, { 5 }, { 8, 6, 4, 0 } }
local calls = 0
table.sort(groups, function(a, b)
  calls = calls + 1
  table.sort(a)
  table.sort(b)
  return a[1] < b[1]
end)
for _, g in ipairs(groups) do io.write("{", table.concat(g, ","), "} ") end
print(calls)
local byLen = { "ccc", "a", "bb", "dddd", "ee", "f" }
table.sort(byLen, function(x, y) if #x ~= #y then return #x > #y end return x < y end)
print(table.concat(byLen, " "))
