-- ref: luajit
-- yield inside a __call metamethod and inside functions called through it
local callable = setmetatable({}, { __call = function(self, a, b)
  local c = coroutine.yield(a + b)
  return a + b + c
end })
local co = coroutine.wrap(function()
  local r1 = callable(1, 2)
  local r2 = callable(r1, 10)
  return "done", r1, r2
end)
print(co())
print(co(100))
print(co(1000))
