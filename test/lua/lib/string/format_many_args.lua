-- format with many arguments and mixed specifiers
local fmt = string.rep("%d,", 40)
local args = {}
for i = 1, 40 do args[i] = i * i end
print(string.format(fmt, unpack(args)))
print(string.format(string.rep("%s", 30), unpack({ "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "u", "v", "w", "x", "y", "z", "1", "2", "3", "4" })))
print(string.format("%s %d %5.2f %x %q %c %e %g %%", "str", 42, 3.14159, 255, "q\"", 65, 12345.678, 0.0001))
print(pcall(string.format, string.rep("%d", 5), 1, 2, 3))
