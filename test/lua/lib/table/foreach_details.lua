-- foreach/foreachi: argument order, early return, holes
local acc = {}
table.foreachi({ "a", "b", "c", "d" }, function(i, v) acc[#acc + 1] = i .. "=" .. tostring(v) end)
print(table.concat(acc, " "))
print(table.foreachi({ 1, 2, 3 }, function(i, v) if v > 1 then return v * 10, "second" end end))
local keys = {}
table.foreach({ 10, 20, x = "y" }, function(k, v) keys[#keys + 1] = tostring(k) .. ":" .. tostring(v) end)
table.sort(keys)
print(table.concat(keys, " "))
print(table.foreach({}, error))
print(pcall(table.foreach, { 1 }, function() error("inside foreach") end))
print(pcall(table.foreachi, { 1 }, function(i, v) error("inside foreachi", 0) end))
