-- numbers passed where strings are expected are converted with %.14g
print(string.len(1/3), string.upper(1e100), string.lower(-1.5e-7))
print(string.rep(12, 3), string.reverse(123.25), string.sub(3.14159, 1, 4))
print(string.byte(65), string.byte(1.5, 2), string.find(12345, 34))
print(string.match(2^53, "%d+"), string.gsub(1e15, "0", "o"))
print(string.format("%s", 1e15), string.format("%5s|", 1.5))
print(("%d items"):format(3), string.len(-0.0))
print(string.find(1234.5, ".", 1, true), string.find(1234.5, "%."))
local n = 10
print(pcall(function() return n:rep(2) end))
print(pcall(string.rep, nil, 2))
print(pcall(string.len, false))
