-- ref: luajit
-- bit.tohex with default, positive and negative widths
local bit = require 'bit'
local vals = { 0, 1, -1, 2, -2, 7, 255, 256, 0x7fffffff, 0x80000000, 0xffffffff, 0x100000000, 0x123456789, -0x80000000, -0x80000001, 2^52, 2^53, -2^53, 1e15, 0.5, 1.5, 2.5, -0.5, -1.5, 3.7, -3.7, 0x12345678, 0xdeadbeef, 4294967295.5 }
for _, v in ipairs(vals) do
  print(bit.tobit(v), bit.tohex(v), bit.tohex(v, 2), bit.tohex(v, 4), bit.tohex(v, -4), bit.tohex(v, -8), bit.tohex(v, 1), bit.tohex(v, 0))
end
print(bit.tohex(255, 8), bit.tohex(255, -8), bit.tohex(255, 3), bit.tohex(-1, -3), bit.tohex(0xabcdef, -6))
print(pcall(bit.tohex))
print(pcall(bit.tohex, 1, "x"))
