-- combined idioms: reverse, filter, map, dedupe via table functions
local function reverse(t) local r = {} for i = #t, 1, -1 do table.insert(r, t[i]) end return r end
local function filter(t, f) local r = {} for _, v in ipairs(t) do if f(v) then r[#r + 1] = v end end return r end
local function map(t, f) local r = {} for i, v in ipairs(t) do r[i] = f(v) end return r end
local function dedupe(t)
  local seen, r = {}, {}
  for _, v in ipairs(t) do if not seen[v] then seen[v] = true; table.insert(r, v) end end
  return r
end
local nums = { 5, 3, 8, 3, 1, 5, 9, 2, 8 }
print(table.concat(reverse(nums), " "))
print(table.concat(filter(nums, function(x) return x % 2 == 1 end), " "))
print(table.concat(map(nums, function(x) return x * x end), " "))
local d = dedupe(nums)
table.sort(d)
print(table.concat(d, " "))
local words = { "b", "a", "c", "a" }
table.sort(words)
print(table.concat(dedupe(words), ","))
local matrix = {}
for i = 1, 3 do matrix[i] = {} for j = 1, 3 do matrix[i][j] = i * j end end
for i = 1, 3 do print(table.concat(matrix[i], "\t")) end
local flat = {}
for _, row in ipairs(matrix) do for _, v in ipairs(row) do table.insert(flat, v) end end
print(#flat, table.concat(flat, ","), table.maxn(flat))
