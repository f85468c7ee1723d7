local arr = {}
for i = 1, 100000 do arr[i] = i end
local s = 0
for i = 1, #arr do s = s + arr[i] end
print(#arr, s)
local h = {}
for i = 1, 20000 do h["k" .. i] = i end
local n, hs = 0, 0
for k, v in pairs(h) do n = n + 1 hs = hs + v end
print(n, hs, h.k1, h.k20000)
for i = 1, 20000, 2 do h["k" .. i] = nil end
n = 0
for _ in pairs(h) do n = n + 1 end
print(n)
local mixed = {}
for i = 1, 1000 do mixed[i] = i mixed[-i] = -i mixed[i + 0.5] = i end
n = 0
for _ in pairs(mixed) do n = n + 1 end
print(n, #mixed)
local removed = {}
for i = 1, 1000 do removed[i] = i end
for i = 1000, 1, -1 do removed[i] = nil end
print(#removed, next(removed))
local sparse = {}
sparse[1000000] = "far"
print(sparse[1000000], #sparse == 0 or #sparse == 1000000)
