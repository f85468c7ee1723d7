-- table.sort on strings (byte order)
local t = { "pear", "Apple", "apple", "banana", "", "Banana", "10", "9", "a b", "a", "~", "_", "Z" }
table.sort(t)
print(table.concat(t, "|"))
table.sort(t, function(a, b) return a > b end)
print(table.concat(t, "|"))
table.sort(t, function(a, b) return a:lower() < b:lower() end)
local lowered = {}
for i, v in ipairs(t) do lowered[i] = v:lower() end
print(table.concat(lowered, "|"))
table.sort(t, function(a, b) if #a ~= #b then return #a < #b end return a < b end)
print(table.concat(t, "|"))
local words = {}
for w in ("the quick brown fox jumps over the lazy dog"):gmatch("%a+") do words[#words + 1] = w end
table.sort(words)
print(table.concat(words, " "))
