-- table.remove errors
print(pcall(table.remove))
print(pcall(table.remove, nil))
print(pcall(table.remove, "abc"))
print(pcall(table.remove, {}, "x"))
print(pcall(table.remove, { 1 }, {}))
print(pcall(function() return table.remove() end))
print(pcall(function() return table.remove({ 1 }, "z") end))
