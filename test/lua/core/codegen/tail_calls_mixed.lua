-- tail calls with varargs, methods, C functions and callable tables
local function count(...) return select("#", ...) end
local function tv(...) return count(...) end
print(tv(), tv(nil), tv(1, 2, 3))
local obj = { v = 7 }
function obj:get(x) return self.v + x end
local function tm(o) return o:get(1) end
print(tm(obj))
local function tc(s) return s:upper() end
print(tc("tail c"))
local callable = setmetatable({}, { __call = function(self, a, b) return a * b end })
local function tcall(a, b) return callable(a, b) end
print(tcall(6, 7))
local function deep(n, ...) if n == 0 then return ... end return deep(n - 1, n, ...) end
print(select("#", deep(100)), (deep(3)))
local function loop(n) if n == 0 then return "bottom" end return loop(n - 1) end
print(loop(200000))
local function pick(flag) if flag then return tostring(flag) end return type(flag) end
print(pick(true), pick(nil))
local function chain(n) if n == 0 then return "even-end" end if n % 2 == 0 then return chain(n - 1) end return chain(n - 1) end
print(chain(100001))
