-- exact rational arithmetic with metamethods
local R = {}
R.__index = R
local function gcd(a, b) while b ~= 0 do a, b = b, a % b end return math.abs(a) end
local function rat(n, d)
  d = d or 1
  if d < 0 then n, d = -n, -d end
  local g = gcd(n, d)
  if g == 0 then g = 1 end
  return setmetatable({ n = n / g, d = d / g }, R)
end
local function lift(x) if type(x) == "number" then return rat(x) end return x end
R.__add = function(a, b) a, b = lift(a), lift(b) return rat(a.n * b.d + b.n * a.d, a.d * b.d) end
R.__sub = function(a, b) a, b = lift(a), lift(b) return rat(a.n * b.d - b.n * a.d, a.d * b.d) end
R.__mul = function(a, b) a, b = lift(a), lift(b) return rat(a.n * b.n, a.d * b.d) end
R.__div = function(a, b) a, b = lift(a), lift(b) return rat(a.n * b.d, a.d * b.n) end
R.__unm = function(a) return rat(-a.n, a.d) end
R.__eq = function(a, b) return a.n == b.n and a.d == b.d end
R.__lt = function(a, b) return a.n * b.d < b.n * a.d end
R.__le = function(a, b) return a.n * b.d <= b.n * a.d end
R.__tostring = function(a) if a.d == 1 then return tostring(a.n) end return a.n .. "/" .. a.d end
local half, third = rat(1, 2), rat(1, 3)
print(tostring(half + third), tostring(half - third), tostring(half * third), tostring(half / third), tostring(-half))
print(half > third, half <= third, rat(2, 4) == half, rat(3, 6) ~= third)
local h = 0
for i = 1, 10 do h = lift(h) + rat(1, i) end
print("H(10) =", tostring(h))
local m = {}
for i = 1, 4 do m[i] = {} for j = 1, 4 do m[i][j] = rat(1, i + j - 1) end end
local det = rat(1)
for c = 1, 4 do
  for r = c + 1, 4 do
    local f = m[r][c] / m[c][c]
    for k = c, 4 do m[r][k] = m[r][k] - f * m[c][k] end
  end
  det = det * m[c][c]
end
print("det(Hilbert 4) =", tostring(det))
