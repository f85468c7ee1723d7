local Obj = {}
Obj.__tostring = function(o) return "<" .. o.name .. ">" end
local a = setmetatable({ name = "a" }, Obj)
local b = setmetatable({ name = "b" }, Obj)
print(a, b, "plain", 1)
print(tostring(a) .. tostring(b))
print(string.format("%s|%s", tostring(a), tostring(b)))
local list = { a, b }
local names = {}
for i, o in ipairs(list) do names[i] = tostring(o) end
print(table.concat(names, ", "))
print(pcall(table.concat, list, ", "))
-- __tostring is looked up each time
Obj.__tostring = function(o) return "[" .. o.name .. "]" end
print(a)
Obj.__tostring = nil
print(tostring(a):match("^table: ") ~= nil)
