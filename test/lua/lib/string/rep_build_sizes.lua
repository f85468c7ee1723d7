-- string.rep sizes and contents
for _, n in ipairs({ 0, 1, 2, 3, 10, 100, 1000, 65536 }) do
  local s = string.rep("ab", n)
  print(n, #s, s:sub(1, 4), s:sub(-4), s:find("ba"), select(2, s:gsub("ab", "")))
end
print(#string.rep("", 1000), #string.rep("xyz", 0), #string.rep("\0", 5))
