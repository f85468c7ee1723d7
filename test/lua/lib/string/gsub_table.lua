-- gsub with table replacement
local vars = { name = "Lua", version = "5.1", n = 42, f = false, t = true }
print(("$name $version"):gsub("%$(%w+)", vars))
print(("$name $missing"):gsub("%$(%w+)", vars))
print(("$n items"):gsub("%$(%w+)", vars))
print(("[$f]"):gsub("%$(%w+)", vars))
print(pcall(string.gsub, "[$t]", "%$(%w+)", vars))
print(("abc"):gsub("%w", { a = "1", c = "3" }))
print(("abc"):gsub("%w", {}))
print(("hello"):gsub(".", { h = "H", o = 0 }))
-- table keyed by whole match when there are no captures
print(("one two"):gsub("%w+", { one = "1", two = "2" }))
-- first capture is the key
print(("k1=v k2=v"):gsub("(k%d)=(v)", { k1 = "X" }))
-- position capture as key
print(("abc"):gsub("()b", { [2] = "TWO" }))
print(pcall(string.gsub, "abc", "b", { b = {} }))
local mt = setmetatable({}, { __index = function(t, k) return k:upper() end })
print(("hello world"):gsub("%w+", mt))
