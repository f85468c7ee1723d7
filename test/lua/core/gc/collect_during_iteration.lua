-- collecting garbage in the middle of a traversal does not break next()
local t = {}
for i = 1, 500 do t["k" .. i] = { i } end
local n, sum = 0, 0
for k, v in pairs(t) do
  n = n + 1
  sum = sum + v[1]
  if n % 100 == 0 then collectgarbage() end
end
print(n, sum)
local garbage_made = 0
for k, v in pairs(t) do
  local junk = {}
  for j = 1, 10 do junk[j] = { j } end
  garbage_made = garbage_made + #junk
end
collectgarbage("collect")
print(garbage_made)
