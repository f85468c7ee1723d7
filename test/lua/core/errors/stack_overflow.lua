local function runaway(n) return 1 + runaway(n + 1) end
local ok, err = pcall(runaway, 1)
print(ok, string.match(err, "stack overflow") ~= nil)
-- the state is intact afterwards
print(type(print), type(string.format), _VERSION)
local t = {}
for i = 1, 100 do t[i] = i end
print(#t, select("#", unpack(t)))
-- it can happen again
local function again() local x = again() return x end
ok, err = pcall(again)
print(ok, string.match(err, "stack overflow") ~= nil)
-- deep but bounded recursion still works
local function depth(n) if n == 0 then return 0 end return 1 + depth(n - 1) end
print(depth(5000))
-- runaway recursion through pcall layers
local function via_pcall(n) local ok, e = pcall(via_pcall, n + 1) if not ok then error(e, 0) end return e end
ok, err = pcall(via_pcall, 1)
print(ok, string.match(tostring(err), "stack overflow") ~= nil)
-- mutual runaway recursion
local ping, pong
function ping(n) return pong(n) + 1 end
function pong(n) return ping(n) + 1 end
ok, err = pcall(ping, 1)
print(ok, string.match(err, "stack overflow") ~= nil)
print("still alive")
