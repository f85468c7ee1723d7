-- table.maxn considers every positive numeric key, including non-integers
print(table.maxn({ [1] = 1, [3.5] = 2, [3] = 3 }))
print(table.maxn({ [-1] = 1, [-0.5] = 2 }))
print(table.maxn({ [0] = 1 }))
print(table.maxn({ [1e300] = 1, [5] = 2 }))
print(table.maxn({ [math.huge] = 1 }))
print(table.maxn({ ["10"] = 1, [2] = 2 }))
print(table.maxn({ [true] = 1, [{}] = 2, [3] = 3 }))
local t = {}
for i = 1, 50 do t[i * 2] = i end
print(table.maxn(t))
t[100] = nil
print(table.maxn(t))
