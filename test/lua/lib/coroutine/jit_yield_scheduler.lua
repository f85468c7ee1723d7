-- ref: luajit
-- cooperative tasks that yield from inside pcall and metamethods
local log = {}
local function sleep() coroutine.yield() end
local lazy = setmetatable({}, { __index = function(t, k) sleep() rawset(t, k, k:upper()) return k:upper() end })
local function task(name, keys)
  return coroutine.create(function()
    for _, k in ipairs(keys) do
      local ok, v = pcall(function() return lazy[k] end)
      log[#log + 1] = name .. "=" .. tostring(v)
      sleep()
    end
  end)
end
local tasks = { task("A", { "x", "y" }), task("B", { "x", "z", "w" }), task("C", { "y" }) }
local alive = #tasks
while alive > 0 do
  alive = 0
  for _, co in ipairs(tasks) do
    if coroutine.status(co) ~= "dead" then
      assert(coroutine.resume(co))
      if coroutine.status(co) ~= "dead" then alive = alive + 1 end
    end
  end
end
print(table.concat(log, " "))
