-- ref: luajit
-- yield inside arithmetic metamethods
local mt = {}
local function V(x) return setmetatable({ x = x }, mt) end
for _, op in ipairs({ "__add", "__sub", "__mul", "__div", "__mod", "__pow" }) do
  mt[op] = function(a, b)
    local r = coroutine.yield(op)
    return V(r)
  end
end
mt.__unm = function(a) return V(coroutine.yield("__unm")) end
local co = coroutine.wrap(function()
  local a, b = V(1), V(2)
  local r = -(((((a + b) - a) * b) / a) % b) ^ a
  return "result " .. r.x
end)
local v = co()
local n = 0
while type(v) == "string" and v:sub(1, 2) == "__" do
  n = n + 1
  print(n, v)
  v = co(n * 100)
end
print(v)
