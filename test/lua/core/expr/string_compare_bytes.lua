-- string order is byte order (the C locale): unsigned bytes, shorter prefix first
local strs = { "\255", "\128", "\127", "a", "A", "", "\0", "\0\0", "a\0", "ab", "a\255", "Z", "z", "~", " " }
table.sort(strs)
local shown = {}
for i, s in ipairs(strs) do
  local bytes = {}
  for j = 1, #s do bytes[j] = s:byte(j) end
  shown[i] = "[" .. table.concat(bytes, ",") .. "]"
end
print(table.concat(shown, " "))
print("\128" > "\127", "\255" > "\254", "a\0" > "a", "a\0b" < "a\1")
print("abc" < "abd", "abc" < "abcd", "abc" > "ab", "B" < "a", "0" < "A")
print(("x"):rep(100) < ("x"):rep(101), ("x"):rep(100) .. "a" < ("x"):rep(100) .. "b")
