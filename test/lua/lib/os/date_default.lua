-- os.date default format is %c; argument coercions
print(os.date(nil, 1700000000))
print(os.date("%c", 1700000000) == os.date(nil, 1700000000))
print(os.date("!%Y", "1700000000"))
print(os.date("!%Y", 1700000000.9))
print(os.date("!*t", 1700000000.9).sec)
print(os.date("!%H:%M:%S", 59.999))
print(os.date("!%Y", -2 ^ 31))
print(os.date("!%Y-%m-%d", 253402300799))
