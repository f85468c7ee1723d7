-- sub/byte with large positive and negative indices
local s = "abcdef"
for _, p in ipairs({ { 1, 1e9 }, { -1e9, 2 }, { -1e9, 1e9 }, { 1e9, -1e9 }, { 3, 2^31 - 1 }, { -(2^31 - 1), -3 } }) do
  print(p[1], p[2], "[" .. s:sub(p[1], p[2]) .. "]", select("#", s:byte(p[1], p[2])))
end
print(s:sub(2^31 - 1), s:sub(-(2^31 - 1)))
