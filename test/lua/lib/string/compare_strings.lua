-- string comparison is byte-wise (C locale strcoll), shorter prefix first
local words = { "banana", "Apple", "apple", "cherry", "", "a", "A", "Z", "z", "10", "9", "1", "a\0b", "a\0a", "\255", "\128", "abc", "ab", "abcd", " ", "_", "~" }
table.sort(words)
for i, w in ipairs(words) do io.write(i, ":", (w:gsub("%z", "\\0")), " ") end
print()
print("a" < "b", "a" < "B", "abc" < "abd", "ab" < "abc", "" < "a", "a" < "a")
print("a" <= "a", "b" >= "a", "\0" < "\1", "a\0" > "a", "\127" < "\128")
print("10" < "9", "10" < "10.0", "-1" < "-2")
print(("x"):rep(3) == "xxx", "a" ~= "A")
