local proxy = setmetatable({}, {
  __index = function(t, k)
    error("no field '" .. k .. "'")
  end,
})
local function get(k) return proxy[k] end
print(get("name"))
