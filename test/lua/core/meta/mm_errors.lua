-- non-function metamethods
local t = setmetatable({}, { __add = 5 })
print(pcall(function() return t + 1 end))
local c = setmetatable({}, { __call = "str" })
print(pcall(function() return c() end))
local i = setmetatable({}, { __index = 5 })
print(pcall(function() return i.x end))
local n = setmetatable({}, { __newindex = true })
print(pcall(function() n.x = 1 end))
local cc = setmetatable({}, { __concat = {} })
print(pcall(function() return cc .. "x" end))
-- errors raised inside metamethods carry the metamethod's position
local e = setmetatable({}, {
  __add = function() error("add failed") end,
  __index = function(_, k) error("index " .. k .. " failed") end,
  __newindex = function(_, k) error("cannot set " .. k, 2) end,
  __call = function() error({ code = 7 }) end,
  __lt = function() error("lt failed", 0) end,
})
print(pcall(function() return e + 1 end))
print(pcall(function() return e.foo end))
print(pcall(function() e.bar = 1 end))
local ok, err = pcall(function() return e() end)
print(ok, type(err), err.code)
print(pcall(function() return e < e end))
-- runtime errors inside metamethods name their own variables
local r = setmetatable({}, { __index = function(tbl, k) local x = nil return x.field end })
print(pcall(function() return r.y end))
