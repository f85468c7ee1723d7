-- loops that read and write their control variables and outer locals
local total = 0
for i = 1, 10 do
  for j = i, 10 do
    if (i + j) % 3 == 0 then total = total + i * j end
  end
end
print(total)
local n = 0
for i = 10, 1, -1 do
  local limit = i
  for j = 1, limit do n = n + 1 end
end
print(n)
local acc = {}
for i = 1, 3 do
  local i = i * 100
  acc[#acc + 1] = i
end
print(table.concat(acc, " "))
local out = {}
for k, v in pairs({ 10, 20, 30 }) do
  local k2, v2 = k * 2, v / 10
  out[k] = k2 + v2
end
print(out[1], out[2], out[3])
local function range(a, b) local i = a - 1 return function() i = i + 1 if i <= b then return i, i * i end end end
local s = 0
for x, sq in range(1, 5) do for y in range(x, 5) do s = s + sq * y end end
print(s)
local w = 0
local count = 0
while w < 100 do
  count = count + 1
  if count % 2 == 0 then w = w + 7 else w = w + 3 end
end
print(w, count)
local r = 1
repeat r = r * 3 until r > 1000
print(r)
