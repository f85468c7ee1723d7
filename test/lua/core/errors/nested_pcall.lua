local trail = {}
local function level3() trail[#trail + 1] = "3" error("from level 3") end
local function level2()
  trail[#trail + 1] = "2"
  local ok, e = pcall(level3)
  trail[#trail + 1] = "2 caught"
  error("level 2 rethrows: " .. e, 0)
end
local function level1()
  trail[#trail + 1] = "1"
  local ok, e = pcall(level2)
  return ok, e
end
print(level1())
print(table.concat(trail, ", "))
-- errors across many nested pcalls
local function nest(n)
  if n == 0 then error("bottom", 0) end
  local ok, e = pcall(nest, n - 1)
  error(e .. "<" .. n, 0)
end
print(pcall(nest, 10))
-- pcall inside a loop with closures
local results = {}
for i = 1, 5 do
  local ok, v = pcall(function() if i % 2 == 0 then error("even " .. i, 0) end return "odd " .. i end)
  results[#results + 1] = tostring(ok) .. ":" .. v
end
print(table.concat(results, " "))
-- error in an error-free path after a caught error
local ok = pcall(error, "x")
print(ok, 1 + 1)
