local function collect(a, b, c)
  local t = {}
  if c then for i = a, b, c do t[#t + 1] = i end
  else for i = a, b do t[#t + 1] = i end end
  return #t .. ":" .. table.concat(t, ",")
end
print(collect(1, 5))
print(collect(5, 1))
print(collect(5, 1, -1))
print(collect(1, 10, 3))
print(collect(10, 1, -3))
print(collect(1, 1))
print(collect(1, 0))
print(collect(0, 1, 0.25))
print(collect(1, 2, 0.3))
print(collect(1, 0, 0.5))
print(collect(-3, 3, 2))
print(collect(1.5, 4))
print(collect(1, 3.9))
print(collect(3, 3, -1))
print(collect(1, 3, 10))
print(collect(-1, -5, -2))
print(collect(0.1, 0.5, 0.1))
print(collect(1e15, 1e15 + 3))
local count = 0
for i = 0, 1, 0.1 do count = count + 1 end
print(count)
count = 0
for i = 1, 0, -0.1 do count = count + 1 end
print(count)
count = 0
for i = 1, math.huge do count = count + 1 if count == 10 then break end end
print(count)
count = 0
for i = 1, -math.huge do count = count + 1 end
print(count)
for i = -math.huge, -math.huge + 1 do print("huge", i) break end
