-- ref: luajit
-- 32-bit FNV-1a hashing with exact 32-bit multiplication built from 16-bit halves
local bit = require 'bit'
local band, bxor, lshift, tobit = bit.band, bit.bxor, bit.lshift, bit.tobit
local function mul32(a, b)
  local alo, ahi = band(a, 0xffff), band(bit.rshift(a, 16), 0xffff)
  local blo, bhi = band(b, 0xffff), band(bit.rshift(b, 16), 0xffff)
  return tobit(alo * blo + lshift(tobit(ahi * blo + alo * bhi), 16))
end
local function fnv1a(s)
  local h = tobit(2166136261)
  for i = 1, #s do h = mul32(bxor(h, s:byte(i)), 16777619) end
  return h
end
for _, s in ipairs({ "", "a", "foobar", "lupa", "Lua 5.1", string.rep("ab", 50) }) do
  print(string.format("%-12s", s:sub(1, 12)), bit.tohex(fnv1a(s)), fnv1a(s))
end
print(mul32(0xffffffff, 0xffffffff), mul32(0x10000, 0x10000), mul32(123456789, 987654321))
