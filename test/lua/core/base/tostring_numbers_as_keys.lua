-- conversions between numbers and strings when used as table keys and in string functions
local t = {}
t[10] = "number ten"
t["10"] = "string ten"
print(t[10], t["10"], t[tonumber("10")], t[tostring(10)])
print(t[10.0], t["10.0"], t[1e1])
print(string.rep(5, 2), ("x"):rep("3"), string.len(1234.5), string.sub(12345, 2, 3))
print(string.format("%s %s %s", 1, 1.5, 2^63), string.format("%d", "42"))
print(table.concat({ 1, 2.5, "three", 4e20 }, "|"))
print(#tostring(1/3), tostring(1/3))
print(math.max("10", "9"), math.floor("3.7"))
