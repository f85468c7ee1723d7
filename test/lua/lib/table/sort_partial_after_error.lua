-- the array state after the sort aborts with an error (exact algorithm conformance)
local function try(t, cmp)
  local ok, err = pcall(table.sort, t, cmp)
  local parts = {}
  for i = 1, #t do parts[i] = tostring(t[i]) end
  print(ok, err, table.concat(parts, " "))
end
try({ 5, 4, 3, 2, 1 }, function(a, b) return 1 end)
try({ 1, 2, 3, 4, 5, 6, 7, 8 }, function(a, b) return true end)
try({ 3, 1, "x", 2 })
try({ 9, 8, 7, 6, 5, 4, 3, 2, 1 }, function(a, b) if a == 5 or b == 5 then error("five", 0) end return a < b end)
try({ 4, 3, 2, 1, true })
