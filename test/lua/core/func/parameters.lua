local function f(a, b, c) return a, b, c end
print(f())
print(f(1))
print(f(1, 2, 3, 4, 5))
local function defaults(a, b)
  a = a or "default-a"
  if b == nil then b = "default-b" end
  return a, b
end
print(defaults())
print(defaults(false, false))
print(defaults("x"))
-- parameters are locals and can be reassigned
local function mutate(x) x = x * 2 return x end
local v = 5
print(mutate(v), v)
-- tables are passed by reference
local function fill(t) t.filled = true end
local tt = {}
fill(tt)
print(tt.filled)
-- same parameter name twice: the last one wins
local dup = loadstring("return function(a, a) return a end")()
print(dup(1, 2))
-- many parameters
local function many(a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12)
  return a1 + a12, a6
end
print(many(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12))
print(pcall(many, 1))
