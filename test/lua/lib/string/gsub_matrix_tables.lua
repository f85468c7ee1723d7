-- gsub over several subjects with table and function replacements
local subjects = { "", "abc", "hello world", "aaa", "x = 1, y = 22", "(a)(b)", "one two three" }
local cases = {
  { "%w+", { abc = "ABC", hello = 1, one = false, x = "X" } },
  { "%w", { a = "1", b = true } },
  { "(%w)(%w)", { ab = "no", a = "A", h = "H" } },
  { "%w+", string.upper },
  { "%w+", string.len },
  { "%w+", function(w) if #w > 3 then return w:reverse() end end },
  { "(%w)", function(c) return c:byte() end, 3 },
  { "()%w", function(p) return p end },
  { ".", { [" "] = "_" } },
  { "%d+", function(d) return d * 10 end },
  { "%w+", function() return {} end },
  { "%w+", {} },
}
for _, c in ipairs(cases) do
  local row = {}
  for _, s in ipairs(subjects) do
    local ok, r, n = pcall(string.gsub, s, c[1], c[2], c[3])
    row[#row + 1] = ok and ("[" .. r .. "]" .. n) or ("ERR:" .. r)
  end
  print(c[1], type(c[2]) == "string" and c[2] or type(c[2]), tostring(c[3]))
  print("  " .. table.concat(row, " "))
end
