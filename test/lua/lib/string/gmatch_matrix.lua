-- gmatch: all matches of several patterns over several subjects
local subjects = { "", "abc", "a1b22c333", "  spaced   out  ", "k=v,k2=v2", "aaa" }
local patterns = { ".", "%a", "%d+", "%d*", "%s*", "%S+", "(%w+)=(%w+)", "()", "a-", "a?", "[^,]+", "(%a)(%d*)" }
for _, p in ipairs(patterns) do
  for _, s in ipairs(subjects) do
    local out = {}
    for a, b in s:gmatch(p) do
      out[#out + 1] = b ~= nil and (tostring(a) .. "/" .. tostring(b)) or tostring(a)
      if #out > 50 then break end
    end
    print(string.format("%-12s %-18q %d {%s}", p, s, #out, table.concat(out, ",")))
  end
end
