-- io.lines(name) closes its file at end of file; calling the iterator again is an error.
-- file:lines() does not close and keeps returning nil.
local it = io.lines("data/nonl.txt")
print(it())
print(it())
print(pcall(it))
local f = assert(io.open("data/nonl.txt"))
local it2 = f:lines()
print(it2(), it2(), it2())
print(io.type(f))
f:close()
