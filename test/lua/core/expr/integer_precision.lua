-- doubles represent integers exactly up to 2^53
local big = 2^53
print(big, big - 1, big + 1 == big, big + 2 == big + 2, big - 1 == big)
print(9007199254740991 + 1, 9007199254740991 + 2)
print(string.format("%.0f", 2^53 + 1), string.format("%.0f", 2^53 + 2))
print(string.format("%.0f", 2^63), string.format("%.0f", 2^64))
local p = 1
for i = 1, 62 do p = p * 2 end
print(string.format("%.0f", p), p == 2^62)
print(123456789 * 987654321, string.format("%.0f", 123456789 * 987654321))
print(math.floor(2^52 + 0.5), (2^52 + 0.5) % 1, 2^52 + 0.5 == 2^52)
print(1e15 + 0.5, string.format("%.1f", 1e15 + 0.5))
print(7 / 2 * 2 == 7, 0.1 * 3 == 0.3, 1 / 3 + 1 / 3 + 1 / 3 == 1)
local s = 0
for i = 1, 1000 do s = s + 0.001 end
print(s, s == 1, string.format("%.17g", s))
print(2^31 % 7, -2^31 % 7, 2^32 / 2^16, (2^32 + 1) % 2^16)
