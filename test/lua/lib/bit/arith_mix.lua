-- ref: luajit
-- bit results mixed with ordinary arithmetic and printing
local bit = require 'bit'
local x = bit.bor(0x0f, 0xf0)
print(x, x + 0.5, x * 2, x / 3, x % 7, -x, x ^ 2)
print(bit.band(-1, 0xffffffff), bit.band(-1, 0xffffffff) + 2 ^ 32)
print(bit.tobit(0xffffffff) + 1, bit.rshift(-1, 0), bit.rshift(-1, 0) < 0)
print(string.format("%d %x %08x", bit.band(255, 170), bit.bor(1, 256), bit.band(-1, 0xffff)))
print(tostring(bit.lshift(1, 31)), bit.lshift(1, 31) == -2147483648, bit.lshift(1, 31) == 2^31)
local t = {}
t[bit.band(5, 3)] = "one"
print(t[1], #tostring(bit.bnot(0)))
