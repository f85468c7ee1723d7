-- string.sub with all kinds of indices
local s = "abcdefghij"
local cases = {
  {1}, {3}, {-3}, {0}, {11}, {100}, {-100},
  {1, 1}, {1, 0}, {2, 5}, {5, 2}, {-3, -1}, {-1, -3}, {0, 0}, {0, 3},
  {-100, 3}, {3, 100}, {-100, 100}, {11, 11}, {10, 10}, {-10, -10}, {-11, -11},
  {4, -4}, {-4, 4}, {2.5, 4.5}, {"2", "4"},
}
for _, c in ipairs(cases) do
  local r = s:sub(c[1], c[2])
  print(tostring(c[1]) .. "," .. tostring(c[2]), "[" .. r .. "]", #r)
end
print(string.sub("", 1, 1) == "", string.sub("", 0, -1) == "")
print(string.sub(123456, 2, 4))
print(string.sub("a\0b\0c", 2, 4):byte(1, -1))
print(("x"):sub(1, -1), ("x"):sub(2), ("x"):sub(-1))
