local t = { 1, 2, 3 }
t[5] = 5
local n = 0
for i, v in ipairs(t) do n = i end
print(n)
t[4] = 4
n = 0
for i, v in ipairs(t) do n = i end
print(n)
local f = { false, false, nil, true }
n = 0
for i, v in ipairs(f) do n = i end
print(n)
local s = { n = 3, [1] = "a", [2] = "b", [3] = "c" }
local out = {}
for i, v in ipairs(s) do out[i] = v end
print(table.concat(out))
