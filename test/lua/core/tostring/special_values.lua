local zero, one = 0, 1
local inf, ninf = one / zero, -one / zero
local nan = zero / zero
local negzero = -zero
print(inf, ninf, nan, -nan, negzero, -negzero)
print(tostring(inf), tostring(ninf), tostring(nan), tostring(-nan), tostring(negzero))
print(inf .. "", ninf .. "", nan .. "", negzero .. "")
print(math.huge, -math.huge, math.huge - math.huge, math.sqrt(-1))
print(inf * 0, inf - inf, -(inf - inf), math.fmod(1, 0))
print(negzero == zero, 1 / negzero, negzero * negzero, negzero + zero, negzero - zero)
print(0 * -inf, nan * -1, -nan * -1, math.abs(nan))
print(string.format("%f %f %f", inf, ninf, negzero))
print(string.format("%g %g", 1e300 * 1e10, -1e300 * 1e10))
print(math.floor(negzero), math.ceil(-0.5), math.floor(0.5), -0.0 + 0)
print(tonumber("-0"), tonumber("-0") == 0, 1 / tonumber("-0"))
print(2^1023 * 2, -(2^1023 * 2), 2^-1074, -2^-1074, 2^-1074 / 2)
print(type(nan), nan ~= nan, inf == inf, nan == nan)
