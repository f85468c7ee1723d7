-- table functions use raw access: __index/__newindex/__len are not consulted
local log = {}
local proxy = setmetatable({}, {
  __index = function(t, k) log[#log + 1] = "get" .. tostring(k) return "P" .. tostring(k) end,
  __newindex = function(t, k, v) log[#log + 1] = "set" .. tostring(k) rawset(t, k, v) end,
  __len = function() return 42 end,
})
table.insert(proxy, "a")
table.insert(proxy, "b")
print(rawget(proxy, 1), rawget(proxy, 2), #log)
table.insert(proxy, 1, "z")
print(rawget(proxy, 1), rawget(proxy, 2), rawget(proxy, 3), #log)
print(table.remove(proxy), #log)
print(table.concat(proxy, ","), #log)
table.sort(proxy)
print(rawget(proxy, 1), rawget(proxy, 2), #log)
print(table.maxn(proxy), table.getn(proxy))
print(proxy[99], #log)
local t = setmetatable({ 3, 1, 2 }, { __index = function() error("no") end })
table.sort(t)
print(table.concat(t, " "))
print(unpack(proxy))
