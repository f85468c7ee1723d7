-- find: returned values with and without captures, special-character detection
print(("hello"):find("l"))
print(("hello"):find("(l)"))
print(("hello"):find("l()"))
print(("a+b"):find("+"))
print(("a+b"):find("a+"))
print(("a.b"):find(".", 2))
print(("a.b"):find(".", 2, true))
print(("x^y"):find("^y"))
print(("x^y"):find("^y", 1, true))
print(("ab"):find("b", 1, true, "extra"))
print(("aaa"):find("a", 1), ("aaa"):find("a", 2), ("aaa"):find("a", 3), ("aaa"):find("a", 4))
print(select('#', ("abc"):find("b")), select('#', ("abc"):find("(b)(c)")), select('#', ("abc"):find("z")))
local count, pos = 0, 1
local s = "the cat sat on the mat with the hat"
while true do
  local i, j = s:find("the", pos, true)
  if not i then break end
  count = count + 1; pos = j + 1
end
print(count)
print(s:find("%a+at"), s:find("[cm]at", 10))
