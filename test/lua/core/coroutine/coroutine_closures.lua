-- upvalues shared between the coroutine and its creator
local shared = 0
local co = coroutine.wrap(function()
  while true do shared = shared + 1 coroutine.yield(shared) end
end)
co() co()
shared = shared + 10
print(co(), shared)
-- closures created inside a coroutine survive it
local makers = {}
local gen = coroutine.wrap(function()
  for i = 1, 3 do
    local v = i * 100
    makers[i] = function() v = v + 1 return v end
    coroutine.yield()
  end
end)
gen() gen() gen()
print(makers[1](), makers[2](), makers[3](), makers[1]())
-- a coroutine as an object with state
local function account(balance)
  return coroutine.wrap(function(op, amount)
    while true do
      if op == "dep" then balance = balance + amount elseif op == "wd" then balance = balance - amount end
      op, amount = coroutine.yield(balance)
    end
  end)
end
local acc = account(100)
print(acc("dep", 50), acc("wd", 30), acc("get"))
