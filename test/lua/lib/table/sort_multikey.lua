-- sorting records by several keys
local recs = {}
local names = { "ann", "bob", "cid", "dee", "eve" }
for i = 1, 25 do
  recs[i] = { name = names[(i * 3) % 5 + 1], score = (i * 7) % 4, id = i }
end
table.sort(recs, function(a, b)
  if a.score ~= b.score then return a.score > b.score end
  if a.name ~= b.name then return a.name < b.name end
  return a.id < b.id
end)
for _, r in ipairs(recs) do io.write(r.score, r.name, r.id, " ") end
print()
