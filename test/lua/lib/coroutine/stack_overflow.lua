-- runaway recursion inside a coroutine is reported by resume
local function rec(n) return 1 + rec(n + 1) end
local co = coroutine.create(function() return rec(1) end)
local ok, err = coroutine.resume(co)
print(ok, err)
print(coroutine.status(co))
local depth = 0
local function deep(n) depth = n if n < 5000 then return deep2(n + 1) end return n end
function deep2(n) return (deep(n)) end
local co2 = coroutine.create(function() return deep(1) end)
print(coroutine.resume(co2))
