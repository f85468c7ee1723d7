print(pcall(function() local t = {} t[nil] = 1 end))
print(pcall(function() local t = {} t[0/0] = 1 end))
print(pcall(function() local t = {} local k t[k] = 1 end))
print(pcall(function() local nan = 0/0 local t = { [nan] = 1 } end))
print(pcall(function() return { [nil] = 1 } end))
print(pcall(rawset, {}, nil, 1))
-- reading with nil or NaN keys is fine
local t = {}
print(t[nil], t[0/0])
-- assigning nil to a nil key is still an error
print(pcall(function() local t = {} t[nil] = nil end))
-- in 5.1 the key is checked before __newindex is consulted, so even a table with __newindex rejects them
local m = setmetatable({}, { __newindex = function(_, k, v) print("newindex got", k, v) end })
print(pcall(function() m[0/0] = "x" end))
print(pcall(function() m[nil] = "x" end))
m.ok = "fine"
-- a __newindex table receives the assignment raw: the key check happens there too
local target = {}
local r = setmetatable({}, { __newindex = target })
print(pcall(function() r[nil] = 1 end))
-- table.insert with a nil position
print(pcall(table.insert, {}, nil, 1))
