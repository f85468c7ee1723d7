-- string.gmatch iteration
for w in ("the quick brown fox"):gmatch("%a+") do io.write("[", w, "]") end
print()
for k, v in ("a=1, b=2, c=3"):gmatch("(%w+)=(%w+)") do io.write(k, "->", v, ";") end
print()
for p in ("abc"):gmatch("()") do io.write(p, " ") end
print()
for e in ("abc"):gmatch("") do io.write("<", e, ">") end
print()
for x in ("a,b,,c,"):gmatch("([^,]*)") do io.write("<", x, ">") end
print()
for x in ("aaa"):gmatch("a*") do io.write("<", x, ">") end
print()
for x in ("abab"):gmatch("b*") do io.write("<", x, ">") end
print()
for a, b in ("12 34 56"):gmatch("(%d)(%d)") do io.write(a + b, " ") end
print()
local it = ("x y z"):gmatch("%a")
print(it(), it(), it(), it(), it())
print(type(it))
local count = 0
for _ in string.gmatch(string.rep("ab", 50), "ab") do count = count + 1 end
print(count)
for w in string.gmatch(12345, "%d%d") do io.write(w, " ") end
print()
for a, b in ("k1=v1;k2=v2"):gmatch("((%w+)=%w+)") do io.write(a, "|", b, " ") end
print()
