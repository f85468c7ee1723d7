-- sorting larger arrays produced by a fixed LCG; check order and a checksum of positions
local seed = 42
local function rnd(n) seed = (seed * 214013 + 2531011) % 4294967296 return math.floor(seed / 65536) % n end
for _, n in ipairs({ 50, 100, 500, 1000 }) do
  local t = {}
  for i = 1, n do t[i] = { k = rnd(20), id = i } end
  table.sort(t, function(a, b) return a.k < b.k end)
  local ok, sum = true, 0
  for i = 1, n do
    if i > 1 and t[i - 1].k > t[i].k then ok = false end
    sum = (sum * 31 + t[i].id) % 1000000007
  end
  print(n, ok, sum, t[1].id, t[n].id)
end
local s = {}
for i = 1, 300 do s[i] = string.char(97 + rnd(26), 97 + rnd(26), 97 + rnd(26)) end
table.sort(s)
print(s[1], s[150], s[300])
table.sort(s, function(a, b) return a > b end)
print(s[1], s[150], s[300])
