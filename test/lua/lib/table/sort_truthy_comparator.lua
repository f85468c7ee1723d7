-- comparator results are tested for truth: numbers and strings are true, nil is false
local t = { 3, 1, 2 }
print(pcall(table.sort, t, function(a, b) return nil end), table.concat(t, " "))
t = { 3, 1, 2 }
print(pcall(table.sort, t, function(a, b) return a < b and 0 or nil end), table.concat(t, " "))
t = { 3, 1, 2 }
print(pcall(table.sort, t, function(a, b) return a < b and "yes" or false end), table.concat(t, " "))
t = { 2, 1 }
print(pcall(table.sort, t, function(a, b) return 0 end), table.concat(t, " "))
