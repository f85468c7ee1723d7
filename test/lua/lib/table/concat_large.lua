-- large concatenations
local t = {}
for i = 1, 10000 do t[i] = i % 10 end
local s = table.concat(t)
print(#s, s:sub(1, 20), s:sub(-10))
local words = {}
for i = 1, 2000 do words[i] = "w" .. i end
local joined = table.concat(words, " ")
print(#joined, joined:sub(1, 30))
local nested = {}
for i = 1, 100 do nested[i] = table.concat({ i, i * i, i * i * i }, "-") end
print(table.concat(nested, ";", 98))
local acc = {}
for i = 1, 50 do acc[#acc + 1] = string.rep(string.char(64 + i % 26), i % 7) end
print(table.concat(acc, "/"))
