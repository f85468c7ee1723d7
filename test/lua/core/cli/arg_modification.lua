-- args: a b c
print(#arg, table.concat(arg, ","))
arg[1] = "changed"
table.insert(arg, "d")
print(#arg, table.concat(arg, ","))
print(...)
local n = select("#", ...)
print(n)
arg = nil
print(arg, ...)
