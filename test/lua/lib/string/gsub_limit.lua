-- gsub repl count limit and returned count
local s = "a a a a a"
for _, n in ipairs({ 0, 1, 2, 3, 5, 10, -1 }) do
  print(n, s:gsub("a", "b", n))
end
print(s:gsub("a", "b", 2.7))
print(s:gsub("a", "b", "2"))
print(s:gsub("a", "b", nil))
print(pcall(string.gsub, s, "a", "b", "x"))
print(pcall(string.gsub, s, "a", "b", {}))
print(("abc"):gsub("", "-", 2))
local r, n = ("xyz"):gsub("q", "w")
print(r, n, type(n))
print(select('#', ("xyz"):gsub("x", "y")))
print((("abc"):gsub("a", "A")))
