local C = {}
C.__index = C
local function new(re, im) return setmetatable({ re = re, im = im or 0 }, C) end
local function lift(x) if type(x) == "number" then return new(x, 0) end return x end
C.__add = function(a, b) a, b = lift(a), lift(b) return new(a.re + b.re, a.im + b.im) end
C.__sub = function(a, b) a, b = lift(a), lift(b) return new(a.re - b.re, a.im - b.im) end
C.__mul = function(a, b) a, b = lift(a), lift(b) return new(a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re) end
C.__div = function(a, b)
  a, b = lift(a), lift(b)
  local d = b.re * b.re + b.im * b.im
  return new((a.re * b.re + a.im * b.im) / d, (a.im * b.re - a.re * b.im) / d)
end
C.__unm = function(a) return new(-a.re, -a.im) end
C.__pow = function(a, n) local r = new(1) for i = 1, n do r = r * a end return r end
C.__eq = function(a, b) return a.re == b.re and a.im == b.im end
C.__tostring = function(a)
  if a.im == 0 then return tostring(a.re) end
  if a.re == 0 then return a.im .. "i" end
  return a.re .. (a.im < 0 and "-" or "+") .. math.abs(a.im) .. "i"
end
C.__concat = function(a, b) return tostring(a) .. tostring(b) end
function C:abs() return math.sqrt(self.re ^ 2 + self.im ^ 2) end
function C:conj() return new(self.re, -self.im) end
local i = new(0, 1)
local z = new(3, 4)
print(tostring(i * i), tostring(z), z:abs(), tostring(z:conj()))
print(tostring(z + 1), tostring(1 + z), tostring(z - i), tostring(2 * z), tostring(z / 2))
print(tostring(z / z), tostring(z * z:conj()), tostring(-z), tostring(i ^ 4), tostring(z ^ 2))
print(z == new(3, 4), z ~= new(3, -4), new(1) == new(1, 0))
print("z = " .. z, z .. " is z")
local roots = {}
for k = 0, 3 do
  local w = new(math.floor(math.cos(k * math.pi / 2) + 0.5), math.floor(math.sin(k * math.pi / 2) + 0.5))
  roots[#roots + 1] = tostring(w)
end
print(table.concat(roots, " "))
