-- '%' followed by non-alphanumeric characters matches that character literally, in and out of sets
local s = "a-b.c%d]e[f^g$h*i+j?k(l)m"
local esc = { "%-", "%.", "%%", "%]", "%[", "%^", "%$", "%*", "%+", "%?", "%(", "%)" }
for _, p in ipairs(esc) do
  io.write(p, "=", tostring(s:find(p)), " ", tostring(s:find("[" .. p .. "]")), "  ")
end
print()
print(s:gsub("[%-%.%%%]%[%^%$%*%+%?%(%)]", "_"))
print(("a%"):find("%%$"), ("%a"):find("^%%a"))
print(("x\0y"):find("[%z]"), ("xyz"):find("[%Z]+"))
