-- string.match over many subjects: balance, frontier, back-references
local subjects = { "", "a", "abc", "aaa", "hello world", "  x1 y22 z333  ", "(a(b)c)", "key=value; k2 = v2", "A1-b2_C3", "a.b*c+d?e", "\0\1\127\255", "x^y$z" }
local patterns = {
  "%b()",
  "%b%(%)",
  "%bab",
  "%f[%a]%a+",
  "%f[%d]%d+",
  "%f[%A]",
  "%f[%w]%w+%f[%W]",
  "(%a)%1",
  "(.)%1",
  "(%a+).-%1",
  "((%a)%d)",
  "(%w)(%w)%2%1",
  "%f[%z]",
  "%f[^%z]",
  "(%b())",
}
local function enc(v)
  if type(v) == "string" then return (string.format("%q", v):gsub("%c", function(c) return "\\" .. c:byte() end)) end
  return tostring(v)
end
for _, p in ipairs(patterns) do
  local row = {}
  for _, s in ipairs(subjects) do
    local r = { pcall(string.match, s, p) }
    local parts = {}
    for i = 2, #r do parts[#parts + 1] = enc(r[i]) end
    if r[1] == false then parts = { "ERR:" .. tostring(r[2]) } end
    row[#row + 1] = table.concat(parts, ",")
  end
  print(enc(p), table.concat(row, " | "))
end
