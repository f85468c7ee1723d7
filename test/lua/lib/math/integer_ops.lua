-- integer arithmetic emulated with floor/fmod; exactness up to 2^53
local function g(v) if v ~= v then return "NaN" end return string.format("%.17g", v) end
local function idiv(a, b) return math.floor(a / b) end
local function imod(a, b) return a - math.floor(a / b) * b end
for _, p in ipairs({ { 17, 5 }, { -17, 5 }, { 17, -5 }, { -17, -5 }, { 2^53, 3 }, { 1e15 + 7, 10 }, { 123456789, 1000 } }) do
  local a, b = p[1], p[2]
  print(g(a), g(b), g(idiv(a, b)), g(imod(a, b)), g(a % b), g(math.fmod(a, b)))
end
local f = 1
for i = 1, 25 do f = f * i end
print(g(f), tostring(f))
local fib = { 1, 1 }
for i = 3, 80 do fib[i] = fib[i - 1] + fib[i - 2] end
print(g(fib[78]), g(fib[79]), g(fib[80]), fib[80] % 2)
