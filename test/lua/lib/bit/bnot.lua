-- ref: luajit
-- bit.bnot
local bit = require 'bit'
local vals = { 0, 1, -1, 2, -2, 7, 255, 256, 0x7fffffff, 0x80000000, 0xffffffff, 0x100000000, 0x123456789, -0x80000000, -0x80000001, 2^52, 2^53, -2^53, 1e15, 0.5, 1.5, 2.5, -0.5, -1.5, 3.7, -3.7, 0x12345678, 0xdeadbeef, 4294967295.5 }
for _, v in ipairs(vals) do print(bit.tobit(v), bit.bnot(v), bit.bnot(bit.bnot(v)), bit.tohex(bit.bnot(v))) end
print(pcall(bit.bnot))
