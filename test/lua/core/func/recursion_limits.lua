-- moderately deep non-tail recursion works; unbounded recursion is a catchable error
local function sum(n) if n == 0 then return 0 end return n + sum(n - 1) end
print(sum(10000))
local function build(n) if n == 0 then return {} end return { child = build(n - 1) } end
local t = build(5000)
local d = 0
while t.child do d = d + 1 t = t.child end
print(d)
local function inf(n) return 1 + inf(n + 1) end
local ok, err = pcall(inf, 0)
print(ok, (string.find(err, "stack overflow", 1, true)) ~= nil)
print(sum(100))
local function mutual_a(n) if n == 0 then return "a" end return (mutual_b(n - 1)) end
function mutual_b(n) if n == 0 then return "b" end return (mutual_a(n - 1)) end
print(mutual_a(5001), mutual_a(5000))
