-- sorting with comparators that are inconsistent but do not trigger the error:
-- the resulting permutation is whatever Lua 5.1's algorithm produces
local function run(t, cmp, label)
  local ok, err = pcall(table.sort, t, cmp)
  print(label, ok, ok and table.concat(t, " ") or err)
end
run({ 1, 2, 3 }, function(a, b) return false end, "never")
run({ 3, 1, 2, 5, 4 }, function(a, b) return false end, "never5")
run({ 3, 1, 2 }, function(a, b) return a > b end, "desc")
run({ 4, 2, 3, 1 }, function(a, b) return (a + b) % 2 == 1 end, "parity")
run({ 1, 2, 3, 4, 5, 6, 7 }, function(a, b) return a % 3 < b % 3 end, "mod3")
run({ 7, 6, 5, 4, 3, 2, 1 }, function(a, b) return a % 2 == 0 and b % 2 == 1 end, "evenfirst")
