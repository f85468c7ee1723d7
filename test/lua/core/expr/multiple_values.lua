local function three() return 1, 2, 3 end
local function none() end
print(three())
print(three(), 10)
print(10, three())
print((three()))
print(three() + 10)
print(#{ three() }, #{ three(), three() }, #{ (three()) })
print(none())
print(none(), 1)
print((none()))
print(select("#", none()), select("#", (none())), select("#", none(), nil))
local a, b, c, d = three()
print(a, b, c, d)
a, b, c, d = 0, three()
print(a, b, c, d)
a, b, c, d = three(), 0
print(a, b, c, d)
a, b = (three())
print(a, b)
local s = string.format("%d %d %d", three())
print(s)
print(string.rep(three()))
local t = {}
t.x, t.y = three()
print(t.x, t.y)
local function pass(...) return ... end
print(pass(three()))
print(pass(three(), three()))
print(pass(nil, nil, nil))
print(select("#", pass(nil, nil, nil)))
print(three() .. "", "x" .. three())
print(math.max(three()), math.min(three(), 0))
local function ret() return three(), three() end
print(ret())
local function ret2() return (three()) end
print(ret2())
print(type(three()))
