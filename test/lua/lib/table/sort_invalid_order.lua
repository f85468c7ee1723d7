-- "invalid order function for sorting" from inconsistent comparators
for n = 1, 8 do
  local t = {}
  for i = 1, n do t[i] = i end
  print(n, pcall(table.sort, t, function(a, b) return true end))
end
local t = { 1, 1, 1, 1, 1 }
print(pcall(table.sort, t, function(a, b) return a <= b end))
t = { 3, 1, 2, 3, 1, 2, 3 }
print(pcall(table.sort, t, function(a, b) return a <= b end))
t = { 5, 5, 5 }
print(pcall(table.sort, t, function(a, b) return true end))
print(pcall(function() table.sort({ 1, 2, 3, 4, 5, 6 }, function() return true end) end))
