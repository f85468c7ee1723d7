-- functions with more than 255 (and more than 2^9) distinct constants
local parts = { "local t = {}" }
for i = 1, 600 do parts[#parts + 1] = string.format("t['key%d'] = %d.5 + %d", i, i, i * 2) end
parts[#parts + 1] = "return t"
local t = loadstring(table.concat(parts, "\n"))()
print(t.key1, t.key255, t.key256, t.key300, t.key600)
-- constants on both sides of comparisons and in method calls
parts = { "local s = 0" }
for i = 1, 400 do parts[#parts + 1] = string.format("if %d < %d.25 then s = s + 1 end", i, i) end
parts[#parts + 1] = "return s"
print(loadstring(table.concat(parts, "\n"))())
parts = { "local o = { f = function(self, x) return x end } local acc = 0" }
for i = 1, 300 do parts[#parts + 1] = string.format("o['m%d'] = o.f acc = acc + o:m%d(%d)", i, i, i) end
parts[#parts + 1] = "return acc"
print(loadstring(table.concat(parts, "\n"))())
-- globals with many distinct names
parts = {}
for i = 1, 300 do parts[#parts + 1] = string.format("g_%d = %d", i, i) end
loadstring(table.concat(parts, "\n"))()
print(g_1, g_256, g_300)
-- string constants in equality tests
parts = { "local x = ... local n = 0" }
for i = 1, 300 do parts[#parts + 1] = string.format("if x == 's%d' then n = %d end", i, i) end
parts[#parts + 1] = "return n"
local f = loadstring(table.concat(parts, "\n"))
print(f("s1"), f("s256"), f("s300"), f("none"))
