-- args: one two three
print(...)
print(select("#", ...))
local a, b = ...
print(a, b)
local t = { ... }
print(#t, t[3])
print((...))
local function inner(...) return select("#", ...) end
print(inner(...))
