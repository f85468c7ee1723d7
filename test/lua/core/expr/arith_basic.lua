print(1 + 2, 1 - 2, 2 * 3, 7 / 2, 7 % 3, 2 ^ 10)
print(0.1 + 0.2, 0.1 + 0.2 == 0.3, 1 - 0.9)
print(1e15 + 0.3, 1e16 + 1, 2^53 + 1 == 2^53)
print(10 / 4, -10 / 4, 10 / -4, 1 / 3 * 3 == 1)
print(3 * 1.5, 4.5 - 0.5, 2.5 * 2)
local zero = 0
print(-(-3), - -3, -zero == zero, -zero)
print(100000 * 100000, 2^31 * 2, 2^32 + 1)
print(1/0, -1/0, 1/0 - 1/0 ~= 1/0 - 1/0)
print(5 + -3, 5 - -3, 5 * -3, -5 * -3)
print(2^0.5, 10^-1, 4^0.5, 8^(1/3))
local x = 10
x = x + 1; x = x * 2; x = x - 4; x = x / 3
print(x)
local big = 1
for i = 1, 30 do big = big * 3 end
print(big, big % 7, big / 3^29)
print(1e308 * 10, -1e308 * 10, 1e-320 * 1e-10)
print(255 / 256, 1 / 1024, 3 / 8)
print(math.floor(7 / 2), math.floor(-7 / 2), math.ceil(-7 / 2))
