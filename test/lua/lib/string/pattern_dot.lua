-- '.' matches every byte, including newline and zero
local s = "a\nb\0c\255"
local n = 0
for c in s:gmatch(".") do n = n + 1 end
print(n, #s)
print(s:find(".", 2) , s:find("a.b"), s:find("b.c"))
print(("x\ny"):match("x.y") == "x\ny")
print(select(2, s:gsub(".", "")))
print(("\n\n"):match("^.*$") == "\n\n")
print(("line1\nline2"):match("^(.-)\n"))
