-- count hooks fire every N instructions; gethook reports the hook
local fired = 0
debug.sethook(function(ev) fired = fired + 1 end, "", 100)
local x = 0
for i = 1, 1000 do x = x + i end
debug.sethook()
print(x, fired > 0)
local h, mask, count = debug.gethook()
print(h, mask, count)
local function hk() end
debug.sethook(hk, "c", 7)
local h2, m2, c2 = debug.gethook()
debug.sethook()
print(h2 == hk, m2, c2)
debug.sethook(hk, "lcr")
local h3, m3, c3 = debug.gethook()
debug.sethook()
print(h3 == hk, m3, c3)
print(debug.gethook())
