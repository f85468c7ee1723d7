local function lcg(seed) local s = seed return function() s = (s * 16807) % 2147483647 return s end end
local rnd = lcg(42)
local data = {}
for i = 1, 200 do data[i] = rnd() % 1000 end
local function copy(t) local c = {} for i = 1, #t do c[i] = t[i] end return c end
local function insertion(t)
  for i = 2, #t do
    local v, j = t[i], i - 1
    while j >= 1 and t[j] > v do t[j + 1] = t[j] j = j - 1 end
    t[j + 1] = v
  end
  return t
end
local function quick(t, lo, hi)
  lo, hi = lo or 1, hi or #t
  if lo >= hi then return t end
  local p, i = t[hi], lo - 1
  for j = lo, hi - 1 do if t[j] <= p then i = i + 1 t[i], t[j] = t[j], t[i] end end
  t[i + 1], t[hi] = t[hi], t[i + 1]
  quick(t, lo, i) quick(t, i + 2, hi)
  return t
end
local function merge(t)
  if #t <= 1 then return t end
  local mid = math.floor(#t / 2)
  local a, b = {}, {}
  for i = 1, mid do a[#a + 1] = t[i] end
  for i = mid + 1, #t do b[#b + 1] = t[i] end
  a, b = merge(a), merge(b)
  local r, i, j = {}, 1, 1
  while i <= #a and j <= #b do
    if a[i] <= b[j] then r[#r + 1] = a[i] i = i + 1 else r[#r + 1] = b[j] j = j + 1 end
  end
  while i <= #a do r[#r + 1] = a[i] i = i + 1 end
  while j <= #b do r[#r + 1] = b[j] j = j + 1 end
  return r
end
local function heap(t)
  local n = #t
  local function sift(i, size)
    while true do
      local l, r, m = 2 * i, 2 * i + 1, i
      if l <= size and t[l] > t[m] then m = l end
      if r <= size and t[r] > t[m] then m = r end
      if m == i then return end
      t[i], t[m] = t[m], t[i]
      i = m
    end
  end
  for i = math.floor(n / 2), 1, -1 do sift(i, n) end
  for e = n, 2, -1 do t[1], t[e] = t[e], t[1] sift(1, e - 1) end
  return t
end
local ref = copy(data)
table.sort(ref)
local function same(a) for i = 1, #ref do if a[i] ~= ref[i] then return false end end return #a == #ref end
print(same(insertion(copy(data))), same(quick(copy(data))), same(merge(copy(data))), same(heap(copy(data))))
print(table.concat(ref, " ", 1, 20))
print(table.concat(ref, " ", 181, 200))
local desc = copy(data)
table.sort(desc, function(a, b) return a > b end)
print(desc[1], desc[200], desc[100])
local words = { "pear", "Apple", "fig", "banana", "cherry", "apple", "Fig" }
table.sort(words)
print(table.concat(words, " "))
table.sort(words, function(a, b) return a:lower() < b:lower() or (a:lower() == b:lower() and a < b) end)
print(table.concat(words, " "))
