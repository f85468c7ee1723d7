-- io.lines() reads the default input and does not close it at end of file
local n = 0
for l in io.lines() do n = n + 1 print(n, l) end
print(io.type(io.input()), io.input() == io.stdin)
print(io.read())
for l in io.lines() do print("again", l) end
print("done")
