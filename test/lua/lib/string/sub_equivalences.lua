-- relations between sub, reverse, byte and len
local s = "The quick brown fox"
local ok = 0
for i = -#s - 2, #s + 2 do
  for j = -#s - 2, #s + 2 do
    local a = s:sub(i, j)
    if #a == select("#", s:byte(i, j)) then ok = ok + 1 end
  end
end
print(ok, (2 * #s + 5) ^ 2)
print(s:sub(5, 9), s:sub(-3), s:sub(-3, -2), s:sub(0), s:sub(#s), s:sub(#s + 1))
print(s:sub(5, 9):upper():lower() == s:sub(5, 9))
