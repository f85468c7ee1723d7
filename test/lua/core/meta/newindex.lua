local log = {}
local store = {}
local t = setmetatable({ existing = 1 }, {
  __newindex = function(tbl, k, v)
    log[#log + 1] = tostring(k) .. "=" .. tostring(v)
    rawset(tbl, k, v)
  end,
})
t.a = 1
t.existing = 2          -- existing key: no metamethod
t.a = 3                 -- now exists: no metamethod
t[1] = "one"
t.b = nil
print(table.concat(log, " "), t.a, t.existing, t[1])
-- __newindex as a table: the assignment goes to that table (raw)
local target = {}
local redirect = setmetatable({}, { __newindex = target })
redirect.x = "to target"
print(rawget(redirect, "x"), target.x)
-- chained __newindex tables
local final = {}
local second = setmetatable({}, { __newindex = final })
local first = setmetatable({}, { __newindex = second })
first.k = "v"
print(rawget(first, "k"), rawget(second, "k"), final.k)
-- assigning nil to an absent key still calls __newindex
local seen = 0
local n = setmetatable({}, { __newindex = function() seen = seen + 1 end })
n.x = nil
n[1] = nil
print(seen)
-- read-only table
local ro = setmetatable({}, { __index = { k = "const" }, __newindex = function(t, k) error("read-only: " .. k, 2) end })
print(ro.k, pcall(function() ro.k = 1 end))
-- __newindex with a proxy counting writes
local proxy_writes = 0
local backing = {}
local proxy = setmetatable({}, {
  __index = backing,
  __newindex = function(_, k, v) proxy_writes = proxy_writes + 1 backing[k] = v end,
})
for i = 1, 5 do proxy[i] = i * i end
proxy[3] = "again"
print(proxy_writes, proxy[3], proxy[5], rawget(proxy, 3))
