-- escaping magic characters and using non-magic punctuation
local magic = "^$()%.[]*+-?"
for i = 1, #magic do
  local c = magic:sub(i, i)
  local s = "x" .. c .. "y"
  print(c, s:find("%" .. c, 1), s:find(c, 1, true))
end
print(("a.b"):find("."), ("a.b"):find("%."))
print(("50%"):match("%d+%%"))
print(("f(x)"):match("%((.)%)"))
print(("a,b;c:d"):gsub("%p", " "))
print(("tab\there"):match("%c"), ("tab\there"):find("%c"))
print(("#!@"):match("%#%!%@"))
print(("x_y"):match("%w_%w"), ("x_y"):match("%w%_%w"))
print(("é"):match("%a"), ("é"):match("[\128-\255]+") == "é")
print(("\1\2\3"):find("[\1-\3]+"))
print(("a]b"):match("]"), ("a]b"):match("%]"))
print(("a}b"):match("}"), ("a{b"):match("{"))
