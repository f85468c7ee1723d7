local values = { nil, true, false, 0, -1.5, 1e100, "str", "" }
for i = 1, 8 do io.write(tostring(values[i]), "|") end
print()
local kinds = { {}, print, function() end, coroutine.create(function() end), newproxy() }
local prefixes = {}
for i, v in ipairs(kinds) do prefixes[i] = (tostring(v):match("^(%a+):")) end
print(table.concat(prefixes, " "))
print(tostring(print) == tostring(print), tostring({}) ~= tostring({}))
print(type(tostring(tostring)), tostring(tostring):match("^function: ") ~= nil)
