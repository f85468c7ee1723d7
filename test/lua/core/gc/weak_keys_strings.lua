-- entries whose keys/values are strings, numbers or booleans are never collected from weak tables
local w = setmetatable({}, { __mode = "kv" })
for i = 1, 100 do w[i] = "value" .. i w["key" .. i] = i end
w[true] = false
collectgarbage()
collectgarbage()
local n = 0
for _ in pairs(w) do n = n + 1 end
print(n, w[50], w.key50, w[true])
-- a strongly referenced table value survives in a weak-value table
local anchor = {}
local wv = setmetatable({ anchor }, { __mode = "v" })
collectgarbage()
print(wv[1] == anchor)
-- weak tables keep working as ordinary tables for strong content
local cache = setmetatable({}, { __mode = "k" })
local key = {}
cache[key] = "cached"
collectgarbage()
print(cache[key])
