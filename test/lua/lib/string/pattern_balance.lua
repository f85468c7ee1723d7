-- %b balanced matches
print(("f(a(b)c)d"):match("%b()"))
print(("x = {1, {2, 3}, 4}"):match("%b{}"))
print(("[[a][b]]"):match("%b[]"))
print(("(unclosed"):match("%b()"))
print((")("):match("%b()"))
print(("((a)"):match("%b()"))
print(("<<a>>"):match("%b<>"))
print(("\"quoted\" rest"):match('%b""'))
print(("aXbXc"):match("%bXX"))
print(("abba"):match("%bab"))
print(("aabb"):match("%bab"))
print(("(a)(b)(c)"):gsub("%b()", "[]"))
print(("if (x and (y or z)) then"):gsub("%b()", function(s) return s:upper() end))
local n = 0
for m in ("(1)(2 (3)) (4"):gmatch("%b()") do n = n + 1; print(n, m) end
print(("-(x)-"):find("%b()"))
print(("()"):match("^%b()$"), ("(())"):match("^%b()$"), ("()()"):match("^%b()$"))
