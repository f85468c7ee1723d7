-- embedded "\0" in lines: 5.1 reads lines with fgets/strlen, so text after a zero byte is lost
for l in io.lines("data/zeros.txt") do io.write(#l, ":", (l:gsub("%z", "<0>")), "\n") end
local f = assert(io.open("data/zeros.txt", "rb"))
local all = f:read("*a")
f:close()
io.write(#all, ":", (all:gsub("%z", "<0>"):gsub("\n", "<nl>")), "\n")
f = assert(io.open("data/zeros.txt", "rb"))
io.write(f:read(3):byte(1, -1), "\n")
io.write(#f:read("*l"), "\n")
f:close()
local s = io.read("*l")
io.write(#s, ":", (s:gsub("%z", "<0>")), "\n")
local rest = io.read("*a")
io.write(#rest, "\n")
