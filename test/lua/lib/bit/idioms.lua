-- ref: luajit
-- common bit-twiddling idioms
local bit = require 'bit'
local band, bor, bxor, bnot, lshift, rshift = bit.band, bit.bor, bit.bxor, bit.bnot, bit.lshift, bit.rshift
local function popcount(x) local c = 0 while x ~= 0 do x = band(x, x - 1) c = c + 1 end return c end
local function ispow2(x) return x ~= 0 and band(x, x - 1) == 0 end
local function lowbit(x) return band(x, -x) end
local function reverse(x)
  local r = 0
  for i = 0, 31 do if band(x, lshift(1, i)) ~= 0 then r = bor(r, lshift(1, 31 - i)) end end
  return r
end
for _, x in ipairs({ 0, 1, 2, 3, 12, 255, 256, 1023, 0x7fffffff, -1, -2, 0x55555555, 0x80000000 }) do
  print(bit.tohex(x), popcount(x), ispow2(x), lowbit(x), bit.tohex(reverse(x)))
end
local function field(x, pos, width) return band(rshift(x, pos), lshift(1, width) - 1) end
local packed = bor(lshift(5, 28), lshift(0x3ff, 16), lshift(42, 4), 9)
print(bit.tohex(packed), field(packed, 28, 4), field(packed, 16, 10), field(packed, 4, 12), field(packed, 0, 4))
local function setbit(x, n) return bor(x, lshift(1, n)) end
local function clearbit(x, n) return band(x, bnot(lshift(1, n))) end
local function togglebit(x, n) return bxor(x, lshift(1, n)) end
print(setbit(0, 31), clearbit(-1, 0), togglebit(togglebit(123, 7), 7), clearbit(-1, 31))
