local text = [[
It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of
incredulity, it was the season of Light, it was the season of Darkness, it was
the spring of hope, it was the winter of despair.
]]
local counts, total = {}, 0
for word in text:lower():gmatch("%a+") do counts[word] = (counts[word] or 0) + 1 total = total + 1 end
local list = {}
for w, c in pairs(counts) do list[#list + 1] = { w = w, c = c } end
table.sort(list, function(a, b) if a.c ~= b.c then return a.c > b.c end return a.w < b.w end)
print("total words", total, "distinct", #list)
for i = 1, 8 do print(string.format("%-12s %3d %s", list[i].w, list[i].c, string.rep("*", list[i].c))) end
local lens = {}
for w in pairs(counts) do lens[#w] = (lens[#w] or 0) + 1 end
for l = 1, 12 do if lens[l] then io.write(l, ":", lens[l], " ") end end
print()
local caps = {}
for w in text:gmatch("%u%l*") do caps[#caps + 1] = w end
print(table.concat(caps, " "))
print((text:gsub("(%a+) of (%a+)", "%2-%1", 3)):sub(1, 60))
local lines = 0
for _ in text:gmatch("[^\n]+") do lines = lines + 1 end
print("lines", lines)
