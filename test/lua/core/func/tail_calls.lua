-- proper tail calls do not grow the stack
local function count(n, acc)
  if n == 0 then return acc end
  return count(n - 1, acc + 1)
end
print(count(1000000, 0))
local function loop(n) if n > 0 then return loop(n - 1) end return "done" end
print(loop(200000))
local is_even, is_odd
function is_even(n) if n == 0 then return true end return is_odd(n - 1) end
function is_odd(n) if n == 0 then return false end return is_even(n - 1) end
print(is_even(100001), is_odd(100001))
-- a tail call through a method and through a table field
local obj = { n = 0 }
function obj:run(k) if k == 0 then return self.n end self.n = self.n + 1 return self:run(k - 1) end
print(obj:run(100000))
-- tail call returning multiple values
local function mv(n) if n == 0 then return 1, 2, 3 end return mv(n - 1) end
print(mv(50000))
-- not a tail call: (f(x)) and f(x) + 0 keep the frame, so keep these shallow
local function nt(n) if n == 0 then return 0 end return (nt(n - 1)) end
print(nt(1000))
-- tail call with varargs
local function va(n, ...) if n == 0 then return select("#", ...) end return va(n - 1, ...) end
print(va(50000, 1, 2, 3))
-- tail call into a C function
local function tc(s) return string.upper(s) end
print(tc("tail"))
