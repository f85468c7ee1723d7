-- table.sort with custom comparators
local people = {
  { name = "Ann", age = 31 }, { name = "Bob", age = 25 }, { name = "Cid", age = 40 },
  { name = "Dee", age = 19 }, { name = "Eve", age = 33 }, { name = "Fay", age = 27 },
}
table.sort(people, function(a, b) return a.age < b.age end)
for _, p in ipairs(people) do io.write(p.name, ":", p.age, " ") end
print()
table.sort(people, function(a, b) return a.name > b.name end)
for _, p in ipairs(people) do io.write(p.name, " ") end
print()
local nums = { 5, 2, 8, 1, 9, 3, 7, 4, 6, 0 }
table.sort(nums, function(a, b) return a > b end)
print(table.concat(nums, " "))
table.sort(nums, function(a, b) return (a % 3) < (b % 3) or ((a % 3) == (b % 3) and a < b) end)
print(table.concat(nums, " "))
local mixed = { 3, "10", 2, "1" }
table.sort(mixed, function(a, b) return tonumber(a) < tonumber(b) end)
for _, v in ipairs(mixed) do io.write(type(v), ":", v, " ") end
print()
local calls = 0
local t = { 4, 3, 2, 1 }
table.sort(t, function(a, b) calls = calls + 1 return a < b end)
print(table.concat(t, " "), calls > 0)
print(pcall(table.sort, { 3, 2, 1 }, function(a, b) error("cmp failed") end))
print(pcall(table.sort, { 3, 2, 1 }, function(a, b) return a.x < b end))
