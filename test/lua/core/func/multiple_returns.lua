local function mr() return 1, 2, 3 end
local function none() end
local a, b, c, d = mr()
print(a, b, c, d)
local t = { mr(), mr() }
print(#t, t[1], t[2], t[4])
print(mr(), mr())
print((mr()), (mr()))
print(#{ mr(), nil }, select("#", mr(), nil))
local function wrap() return mr() end
print(wrap())
local function wrap2() return (mr()) end
print(wrap2())
local function wrap3() return mr(), "end" end
print(wrap3())
local function wrap4() return "start", mr() end
print(wrap4())
print(string.format("%s %s %s", mr()))
print(math.max(mr()))
local x, y = none()
print(x, y)
local s = select("#", none())
print(s)
print(none() == nil)
print(pcall(type, none()))
local function many(n) if n == 0 then return end return n, many(n - 1) end
print(many(5))
print(select("#", many(200)))
local function swap(a, b) return b, a end
print(swap(swap(1, 2)))
print(swap(1, 2), swap(3, 4))
