-- a count far beyond the input returns everything that is left
local s = io.read(1000000)
print(#s, (s:gsub("\n", "|")))
print(io.read(1000000))
