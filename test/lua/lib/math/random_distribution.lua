-- math.random: coverage of every value of small ranges (no sequence is printed)
local function g(v) if v ~= v then return "NaN" end return string.format("%.17g", v) end
math.randomseed(2024)
local seen = {}
for _ = 1, 5000 do seen[math.random(10)] = true end
local all = true
for i = 1, 10 do if not seen[i] then all = false end end
print(all, seen[0], seen[11])
local lo, hi = math.huge, -math.huge
for _ = 1, 5000 do
  local r = math.random(-3, 3)
  if r < lo then lo = r end
  if r > hi then hi = r end
end
print(lo, hi)
local sum = 0
for _ = 1, 10000 do sum = sum + math.random() end
print(sum > 4000 and sum < 6000)
