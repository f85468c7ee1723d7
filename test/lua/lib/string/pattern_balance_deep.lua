-- %b over deeply nested and unbalanced inputs
local deep = string.rep("(", 50) .. "x" .. string.rep(")", 50)
print(#deep:match("%b()"))
print(("(" .. deep):match("%b()") == deep)
print((deep .. ")"):match("%b()") == deep)
local s = "a(b)c(d(e)f)g((h))i"
for m in s:gmatch("%b()") do io.write(m, " ") end
print()
print(("[[a]][b]"):gsub("%b[]", "#"))
print(("{{}"):match("%b{}"), ("{}}"):match("%b{}"))
print(("((("):match("%b()"), (")))"):match("%b()"))
print(("ab"):match("%baa"), ("aa"):match("%baa"), ("aaa"):match("%baa"))
