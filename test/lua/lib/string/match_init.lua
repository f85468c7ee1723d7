-- init argument of match/find/gmatch
local s = "abcabc"
for _, i in ipairs({ -7, -6, -3, -1, 0, 1, 2, 4, 6, 7, 8, 100 }) do
  print(i, s:match("a.", i), s:find("b", i), s:match("()", i), s:find("", i))
end
print(s:match(".", 1.9), s:match(".", "3"))
print(pcall(s.match, s, ".", "x"))
