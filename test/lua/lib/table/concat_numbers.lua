-- table.concat converts numbers with %.14g
print(table.concat({ 1/3, 2/3, 0.1 + 0.2 }, " "))
print(table.concat({ 1e15, 1e16, 123456789012345678 }, " "))
print(table.concat({ -0.5, 100, 1e-7, 2^63 }, " "))
print(table.concat({ 1, "2", 3 }, 4))
print(table.concat({ 255, 0x10, 1e2 }, ","))
local t = {}
for i = 1, 10 do t[i] = i / 4 end
print(table.concat(t, " "))
print(table.concat({ 3 }, "", 1, 1) + 1)
