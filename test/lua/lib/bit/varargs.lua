-- ref: luajit
-- band/bor/bxor accept any number of arguments
local bit = require 'bit'
local vals = { 0, 1, -1, 2, -2, 7, 255, 256, 0x7fffffff, 0x80000000, 0xffffffff, 0x100000000, 0x123456789, -0x80000000, -0x80000001, 2^52, 2^53, -2^53, 1e15, 0.5, 1.5, 2.5, -0.5, -1.5, 3.7, -3.7, 0x12345678, 0xdeadbeef, 4294967295.5 }
print(bit.band(0xff), bit.bor(0xff), bit.bxor(0xff))
print(bit.band(0xff, 0x0f, 0x3c), bit.bor(1, 2, 4, 8, 16), bit.bxor(1, 3, 7, 15))
print(bit.band(-1, -1, -1, -1, -1, 0x7fffffff), bit.bor(0, 0, 0, 0x80000000))
local t = {}
for i = 0, 31 do t[#t + 1] = bit.lshift(1, i) end
print(bit.bor(unpack(t)), bit.bxor(unpack(t)), bit.band(unpack(t)))
print(pcall(bit.band))
print(pcall(bit.bor))
print(pcall(bit.bxor, 1, "x"))
print(pcall(bit.band, 1, 2, {}))
