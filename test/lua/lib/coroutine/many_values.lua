-- many values through resume and yield
local N = 200
local args = {}
for i = 1, N do args[i] = i end
local co = coroutine.create(function(...)
  local n = select("#", ...)
  local back = { coroutine.yield(n, select(N, ...)) }
  return #back, unpack(back)
end)
local r = { coroutine.resume(co, unpack(args)) }
print(#r, r[1], r[2], r[3])
local r2 = { coroutine.resume(co, unpack(args, 1, 150)) }
print(#r2, r2[2], r2[3], r2[#r2])
local co2 = coroutine.wrap(function() coroutine.yield(unpack(args)) end)
print(select("#", co2()))
local co3 = coroutine.wrap(function(...) return ... end)
print(select("#", co3(nil, nil, nil)))
