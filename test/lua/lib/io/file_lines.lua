-- file:lines iterates without closing the file
local f = assert(io.open("data/lines.txt"))
local n = 0
for l in f:lines() do n = n + 1 io.write(n, ":", l, "\n") end
print(io.type(f))
print(f:read("*l"), f:read("*a"))
f:seek("set", 6)
for l in f:lines() do print("again", l) break end
print(f:read("*l"))
f:close()
print(pcall(f.lines, f))
local g = assert(io.open("data/numbers.txt"))
local it = g:lines()
print(it(), it())
g:close()
print(pcall(it))
