-- descending sorts with ties: where equal elements end up
local items = {}
for i = 1, 15 do items[i] = { v = (i * 4) % 5, tag = string.char(96 + i) } end
table.sort(items, function(a, b) return a.v > b.v end)
local out = {}
for i, it in ipairs(items) do out[i] = it.v .. it.tag end
print(table.concat(out, " "))
table.sort(items, function(a, b) return a.v < b.v end)
for i, it in ipairs(items) do out[i] = it.v .. it.tag end
print(table.concat(out, " "))
