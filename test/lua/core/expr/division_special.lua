local inf, nan = 1/0, 0/0
local zero, one = 0, 1
local negzero = -zero
print(1/0, -1/0, 1/negzero, 0/0 ~= 0/0)
print(inf + 1, inf - inf ~= inf - inf, inf * 0 ~= inf * 0, inf / inf ~= inf / inf)
print(inf > 1e308, -inf < -1e308, inf == inf, -inf == -inf, inf == -inf)
print(nan == nan, nan ~= nan, nan < 1, nan > 1, nan <= nan, nan >= nan)
print(1 < nan, 1 > nan, not (nan < 1), not (nan >= 1))
print(-inf, -(-inf), inf * -1)
print(zero * -1, negzero * 1, zero / -5, negzero == zero)
print(1 / (zero * -1), 1 / negzero, 1 / zero, 1 / (negzero * negzero))
print(math.max(1, inf), math.min(-inf, 0))
print(1e308 + 1e308, -(1e308 + 1e308))
print(inf % 1 ~= inf % 1, 5 % inf ~= 5 % inf, -5 % inf ~= -5 % inf)
local t = {}
t[inf] = "inf key"; t[-inf] = "-inf key"
print(t[1/0], t[-1/0], t[2^1024])
