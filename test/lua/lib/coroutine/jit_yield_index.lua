-- ref: luajit
-- yield inside __index and __newindex metamethods
local store = {}
local proxy = setmetatable({}, {
  __index = function(t, k) local v = coroutine.yield("get " .. k) return v end,
  __newindex = function(t, k, v) coroutine.yield("set " .. k .. "=" .. tostring(v)) store[k] = v end,
})
local co = coroutine.create(function()
  local a = proxy.alpha
  local b = proxy.beta
  proxy.gamma = a + b
  return "sum " .. store.gamma
end)
local r = { coroutine.resume(co) }
local feed = 1
while coroutine.status(co) == "suspended" do
  print("yielded:", r[2])
  feed = feed * 10
  r = { coroutine.resume(co, feed) }
end
print(r[1], r[2])
