local calls = {}
local t = setmetatable({ real = 1 }, {
  __index = function(tbl, key)
    calls[#calls + 1] = tostring(key)
    if key == "multi" then return "first", "second" end
    if type(key) == "number" then return key * 2 end
    return nil
  end,
})
print(t.real, t.virtual, t[21], t.multi)
print(table.concat(calls, ","))
local a, b = t.multi
print(a, b)
print(select("#", t.multi))
-- the table is passed as the first argument
local self_check = setmetatable({}, { __index = function(tbl, k) return tbl end })
print(self_check.anything == self_check)
-- lazy caching with rawset
local computed = 0
local lazy = setmetatable({}, { __index = function(tbl, k)
  computed = computed + 1
  local v = k .. "!"
  rawset(tbl, k, v)
  return v
end })
print(lazy.x, lazy.x, lazy.y, computed)
-- errors inside __index propagate
local bad = setmetatable({}, { __index = function(_, k) error("no field " .. k) end })
print(pcall(function() return bad.zzz end))
-- __index returning false
local fl = setmetatable({}, { __index = function() return false end })
print(fl.x, fl.x == false)
-- __index with non-string keys
local keys = setmetatable({}, { __index = function(_, k) return type(k) end })
print(keys[1], keys[true], keys[keys], keys[1.5])
