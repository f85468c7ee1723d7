-- The quick-start demo: a taste of Lua 5.1 on lupa.
print(_VERSION .. " on lupa")

-- closures and recursion
local function fib(n) if n < 2 then return n end return fib(n - 1) + fib(n - 2) end
local t = {}
for i = 1, 10 do t[#t + 1] = fib(i) end
print("fib: " .. table.concat(t, " "))

-- coroutines as generators
local function range(n) return coroutine.wrap(function() for i = 1, n do coroutine.yield(i * i) end end) end
local squares = {}
for v in range(5) do squares[#squares + 1] = v end
print("squares: " .. table.concat(squares, ", "))

-- metatables
local Vec = {}
Vec.__index = Vec
Vec.__add = function(a, b) return setmetatable({ x = a.x + b.x, y = a.y + b.y }, Vec) end
Vec.__tostring = function(v) return string.format("(%g, %g)", v.x, v.y) end
local v = setmetatable({ x = 1, y = 2 }, Vec) + setmetatable({ x = 0.5, y = -4 }, Vec)
print("vector: " .. tostring(v))

-- patterns and formatting
local words = {}
for w in ("the quick brown fox"):gmatch("%a+") do words[#words + 1] = w:upper() end
print(string.format("%-6s|%5.2f|%q", "lupa", math.pi, table.concat(words, " ")))

-- errors name the culprit, as lua5.1 does
print(pcall(function() local cfg = nil; return cfg.port end))
