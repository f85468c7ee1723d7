-- table.sort errors
print(pcall(table.sort))
print(pcall(table.sort, nil))
print(pcall(table.sort, "abc"))
print(pcall(table.sort, { 1, 2 }, 5))
print(pcall(table.sort, { 1, 2 }, "cmp"))
print(pcall(table.sort, { 1, "x" }))
print(pcall(table.sort, { "x", 1 }))
print(pcall(table.sort, { {}, {} }))
print(pcall(table.sort, { true, false }))
print(pcall(table.sort, { 1, 2, 3 }, nil))
print(pcall(function() table.sort({ 3, "a", 1 }) end))
print(pcall(function() table.sort(nil) end))
local t = { 1 }
print(pcall(table.sort, t, function() error("never called") end))
t = {}
print(pcall(table.sort, t, function() error("never called") end))
