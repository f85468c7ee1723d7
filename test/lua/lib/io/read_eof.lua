-- reading from an empty standard input
print(io.read("*l"))
print(io.read("*a") == "", #io.read("*a"))
print(io.read("*n"))
print(io.read(0))
print(io.read(5))
print(io.read())
local n = 0
for l in io.lines() do n = n + 1 end
print(n)
