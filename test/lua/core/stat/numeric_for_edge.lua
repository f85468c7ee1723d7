-- numeric for with huge, tiny and non-integer bounds
local n = 0
for i = 1, 3, 0.5 do n = n + 1 end
print(n)
n = 0
for i = 2^53 - 3, 2^53 - 1 do n = n + 1 end
print(n)
n = 0
for i = -2^31, -2^31 + 2 do n = n + 1 end
print(n)
local last
for i = 0.1, 1, 0.3 do last = i end
print(last)
for i = 3, 1 do print("never") end
for i = 1, 3, -1 do print("never") end
local vals = {}
for i = -1, -2, -0.25 do vals[#vals + 1] = i end
print(table.concat(vals, " "))
n = 0
for i = 1, 0.5 do n = n + 1 end
print(n)
n = 0
for i = 1e300, 1e300 do n = n + 1 break end
print(n)
n = 0
for i = 1, 1 / 0 do n = n + 1 if n >= 5 then break end end
print(n)
for i = 1 / 0, 1 / 0 do print("inf iteration", i) break end
