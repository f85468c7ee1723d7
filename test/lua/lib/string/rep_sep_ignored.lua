-- string.rep in 5.1 takes only (s, n): a third argument is ignored
print(string.rep("ab", 3, ","))
print(string.rep("x", 2, "SEP"))
print(string.rep("x", 0, "SEP"))
print(#string.rep("abc", 10, "--"))
print(string.rep("a", 1, nil))
print(string.rep("", 5, "x"))
