-- 'local function f' makes f visible inside its own body
local function fact(n) if n <= 1 then return 1 end return n * fact(n - 1) end
print(fact(10))
-- 'local f = function' does not: f inside refers to the global (nil here)
local g = function(n) if n <= 1 then return 1 end return n * g(n - 1) end
print(pcall(g, 3))
-- forward declaration for mutual recursion
local is_even, is_odd
function is_even(n) if n == 0 then return true end return is_odd(n - 1) end
function is_odd(n) if n == 0 then return false end return is_even(n - 1) end
print(is_even(10), is_odd(7), is_even(7))
-- global function statement
function gfun(a, b) return a + b end
print(gfun(2, 3), type(_G.gfun))
-- function stored in nested tables
local lib = { sub = {} }
function lib.sub.twice(x) return 2 * x end
function lib.sub:method(x) return self == lib.sub, x end
print(lib.sub.twice(21), lib.sub:method("m"))
-- redefining
local function h() return 1 end
local function h() return 2 end
print(h())
