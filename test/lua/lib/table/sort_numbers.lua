-- table.sort on numbers
local function show(t) return table.concat(t, " ") end
local cases = {
  {}, { 1 }, { 2, 1 }, { 1, 2, 3, 4, 5 }, { 5, 4, 3, 2, 1 }, { 3, 1, 2 }, { 1, 1, 1, 1 },
  { 5, -3, 0, 2.5, -7.25, 1e10, -1e-10 }, { 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0 },
  { 2, 2, 1, 1, 3, 3, 0, 0 }, { 1e308, -1e308, math.huge, -math.huge, 0 },
}
for _, t in ipairs(cases) do
  table.sort(t)
  print(#t, show(t))
end
local seed = 12345
local function rnd() seed = (seed * 1103515245 + 12345) % 2147483648 return seed end
local big = {}
for i = 1, 200 do big[i] = rnd() % 1000 end
table.sort(big)
local ok = true
for i = 2, #big do if big[i - 1] > big[i] then ok = false end end
print(ok, big[1], big[100], big[200])
