-- coroutines share upvalues with the code that created them
local counter = 0
local function make()
  return coroutine.create(function(step)
    while true do
      counter = counter + step
      step = coroutine.yield(counter)
    end
  end)
end
local a, b = make(), make()
print(coroutine.resume(a, 1))
print(coroutine.resume(b, 10))
print(coroutine.resume(a, 100))
print(counter)
counter = -5
print(coroutine.resume(b, 5))
local x = "outer"
local co = coroutine.wrap(function()
  x = "changed in coroutine"
  coroutine.yield()
  return x
end)
co()
print(x)
x = "changed in main"
print(co())
