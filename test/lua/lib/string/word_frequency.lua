-- counting words with gmatch, sorting by frequency then alphabetically
local text = [[
It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of
incredulity, it was the season of Light, it was the season of Darkness.
]]
local freq = {}
for w in text:lower():gmatch("%a+") do freq[w] = (freq[w] or 0) + 1 end
local words = {}
for w, n in pairs(freq) do words[#words + 1] = { w = w, n = n } end
table.sort(words, function(a, b) if a.n ~= b.n then return a.n > b.n end return a.w < b.w end)
for i = 1, #words do io.write(words[i].w, "=", words[i].n, i % 8 == 0 and "\n" or " ") end
print()
print(#words, select(2, text:gsub("%a+", "")), select(2, text:gsub("\n", "")))
