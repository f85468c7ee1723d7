-- '\r' is kept: only '\n' ends a line
local f = assert(io.open("data/crlf.txt", "rb"))
local a = f:read("*l")
print(#a, a:byte(1, -1))
print(f:read("*l"):byte(1, -1))
print(f:read("*l"))
f:close()
for l in io.lines("data/crlf.txt") do print(#l, l:sub(-1) == "\r") end
