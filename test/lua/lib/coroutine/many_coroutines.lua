-- many coroutines alive at once and many yields
local cos = {}
for i = 1, 1000 do
  cos[i] = coroutine.create(function(x)
    local total = x
    while true do
      local d = coroutine.yield(total)
      if d == nil then return total end
      total = total + d
    end
  end)
end
local sum = 0
for i = 1, 1000 do local _, v = coroutine.resume(cos[i], i) sum = sum + v end
print(sum)
for round = 1, 5 do
  for i = 1, 1000 do coroutine.resume(cos[i], round) end
end
local final = 0
for i = 1, 1000 do local _, v = coroutine.resume(cos[i]) final = final + v end
print(final)
local dead = 0
for i = 1, 1000 do if coroutine.status(cos[i]) == "dead" then dead = dead + 1 end end
print(dead)
local counter = coroutine.wrap(function() local n = 0 while true do n = n + 1 coroutine.yield(n) end end)
local last
for i = 1, 20000 do last = counter() end
print(last)
