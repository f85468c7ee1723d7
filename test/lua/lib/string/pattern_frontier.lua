-- %f frontier patterns
print(("THE (quick) fox"):gsub("%f[%a]%a+", "W"))
print(("hello world"):gsub("%f[%w]%w+", function(w) return w:sub(1, 1):upper() .. w:sub(2) end))
print(("the cat concatenated cats"):gsub("%f[%a]cat%f[%A]", "DOG"))
print(("abc"):find("%f[%a]"), ("abc"):find("%f[%A]"))
print(("123abc456"):find("%f[%a]"), ("123abc456"):find("%f[%d]", 2))
print(("x"):find("%f[%z]"))
print(("AAbbCC"):gsub("%f[%l]", "|"))
print(("AAbbCC"):gsub("%f[%u]", "|"))
local words = {}
for w in ("one,two;;three four"):gmatch("%f[%w]%w+%f[%W]") do words[#words + 1] = w end
print(#words, table.concat(words, " "))
print(("  x  "):find("%f[%S]"), ("  x  "):find("%f[%s]", 2))
print((""):find("%f[%a]"), (""):find("%f[%z]"))
print(("aaa"):find("%f[a]"), ("aaa"):find("%f[^a]"))
