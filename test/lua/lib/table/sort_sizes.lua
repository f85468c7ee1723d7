-- comparator call counts for reversed, sorted and organ-pipe inputs of many sizes
local function count(t)
  local c = 0
  table.sort(t, function(a, b) c = c + 1 return a < b end)
  for i = 2, #t do assert(t[i - 1] <= t[i]) end
  return c
end
local rev, srt, pipe = {}, {}, {}
for n = 1, 40 do
  local a, b, p = {}, {}, {}
  for i = 1, n do a[i] = n - i; b[i] = i; p[i] = (i <= n / 2) and i or (n - i) end
  rev[#rev + 1] = count(a)
  srt[#srt + 1] = count(b)
  pipe[#pipe + 1] = count(p)
end
print(table.concat(rev, " "))
print(table.concat(srt, " "))
print(table.concat(pipe, " "))
