local cache = { [1] = 1 }
local function steps(n)
  if cache[n] then return cache[n] end
  local nxt = (n % 2 == 0) and n / 2 or 3 * n + 1
  local s = 1 + steps(nxt)
  cache[n] = s
  return s
end
local best, arg = 0, 0
for i = 1, 30000 do local s = steps(i) if s > best then best, arg = s, i end end
print("longest chain under 30000:", arg, best)
local seq = {}
local n = 27
while n ~= 1 do seq[#seq + 1] = n n = (n % 2 == 0) and n / 2 or 3 * n + 1 end
print(#seq, math.max(unpack(seq)), table.concat(seq, " ", 1, 15))
