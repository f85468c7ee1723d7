-- string.gfind is the 5.0 name for gmatch, still present in 5.1
print(type(string.gfind))
for w in string.gfind("one two three", "%a+") do print(w) end
for k, v in string.gfind("a=1, b=2", "(%w+)=(%w+)") do print(k, v) end
local n = 0
for _ in string.gfind("aaa", "a") do n = n + 1 end
print(n)
print(pcall(string.gfind))
