-- Lua 5.1 has no __pairs/__ipairs: pairs and ipairs always traverse the raw table
local t = setmetatable({ a = 1 }, {
  __pairs = function() error("__pairs must not be called") end,
  __ipairs = function() error("__ipairs must not be called") end,
  __index = function(_, k) return "virtual" end,
})
local keys = {}
for k, v in pairs(t) do keys[#keys + 1] = k .. "=" .. v end
print(table.concat(keys, ","))
local n = 0
for i, v in ipairs(t) do n = n + 1 end
print(n, t[1])
t[1], t[2] = "x", "y"
n = 0
for i, v in ipairs(t) do n = n + 1 end
print(n)
print(next(setmetatable({}, { __index = { hidden = 1 } })))
