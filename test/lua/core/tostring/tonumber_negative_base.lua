-- with an explicit base lua5.1 uses C strtoul (unsigned long, 64-bit here), which accepts a sign
print(tonumber("-1", 10), tonumber("-10", 2), tonumber("-ff", 16), tonumber("+7", 8))
print(tonumber("-0", 10), tonumber("- 1", 10), tonumber("--1", 10))
print(tonumber("18446744073709551615", 10), tonumber("18446744073709551616", 10))
print(tonumber("ffffffffffffffff", 16), tonumber("10000000000000000", 16))
