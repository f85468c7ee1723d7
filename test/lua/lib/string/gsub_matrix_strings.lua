-- gsub over several subjects with string replacements
local subjects = { "", "abc", "hello world", "aaa", "x = 1, y = 22", "(a)(b)", "one two three" }
local cases = {
  { "", "-" },
  { "", "-", 2 },
  { ".", "%0%0" },
  { "%w+", "<%0>" },
  { "(%w+)", "<%1>" },
  { "%s", "" },
  { "%s+", "_", 1 },
  { "(%w+)%s*=%s*(%w+)", "%2=%1" },
  { "a", "A", 0 },
  { "a*", "-" },
  { "a-", "-" },
  { "^%w", "#" },
  { "%w$", "#" },
  { "%b()", "[]" },
  { "%f[%w]", "|" },
  { "(.)%1", "<%1%1>" },
  { "()", "%1" },
  { "o", "%%" },
  { "l+", "L", 1 },
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
