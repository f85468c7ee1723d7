-- find with several patterns, inits and the plain flag
local s = "a.b-c%d(e)f[g]h^i$j"
local pats = { ".", "%.", "-", "%-", "%", "%%", "(", "%(", "[g]", "%[g%]", "^", "%^", "$", "%$", "b-c", "a.b", "f[g]", "j$", "^a" }
for _, p in ipairs(pats) do
  local row = {}
  for _, init in ipairs({ 1, 3, -4, 30 }) do
    for _, plain in ipairs({ false, true }) do
      local ok, i, j = pcall(string.find, s, p, init, plain)
      row[#row + 1] = ok and (tostring(i) .. "," .. tostring(j)) or "ERR"
    end
  end
  print(string.format("%-7s", p), table.concat(row, " "))
end
