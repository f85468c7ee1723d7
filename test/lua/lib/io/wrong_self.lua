-- calling file methods with something that is not a file
local read, write, close, seek, lines = io.stdin.read, io.stdout.write, io.stdout.close, io.stdout.seek, io.stdin.lines
print(pcall(read))
print(pcall(read, nil))
print(pcall(read, {}))
print(pcall(write, "x"))
print(pcall(close, 42))
print(pcall(seek, true))
print(pcall(lines, "data/lines.txt"))
print(pcall(function() return io.stdin.read() end))
print(pcall(function() local f = {} return io.stdout.write(f, "x") end))
print(pcall(io.close, "x"))
print(pcall(io.close, {}))
