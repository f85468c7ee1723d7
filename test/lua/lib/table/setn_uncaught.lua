-- table.setn is obsolete in 5.1 and raises an error
local t = { 1, 2, 3 }
print(table.getn(t))
table.setn(t, 10)
print("never")
