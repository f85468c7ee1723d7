-- a proxy that logs reads and writes to a hidden store
local store, log = {}, {}
local proxy = setmetatable({}, {
  __index = function(_, k) log[#log + 1] = "r:" .. tostring(k) return store[k] end,
  __newindex = function(_, k, v) log[#log + 1] = "w:" .. tostring(k) store[k] = v end,
})
proxy.a = 1
proxy.a = proxy.a + 1
proxy[1] = "x"
local _ = proxy.missing
proxy.b, proxy.c = proxy.a, proxy[1]
print(table.concat(log, " "))
print(store.a, store.b, store.c, rawget(proxy, "a"))
-- compound updates read then write
log = {}
for i = 1, 3 do proxy.count = (proxy.count or 0) + i end
print(store.count, table.concat(log, " "))
-- __index on the metatable of a metatable is not used for lookups of the object
local inner = setmetatable({}, { __index = { deep = "deep" } })
local obj = setmetatable({}, { __index = inner })
print(obj.deep)
local nodirect = setmetatable({}, setmetatable({}, { __index = { __index = { x = 1 } } }))
print(nodirect.x)
