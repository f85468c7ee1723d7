-- ref: luajit
-- lshift / rshift / arshift, shift counts taken modulo 32
local bit = require 'bit'
local vals = { 0, 1, -1, 2, -2, 7, 255, 256, 0x7fffffff, 0x80000000, 0xffffffff, 0x100000000, 0x123456789, -0x80000000, -0x80000001, 2^52, 2^53, -2^53, 1e15, 0.5, 1.5, 2.5, -0.5, -1.5, 3.7, -3.7, 0x12345678, 0xdeadbeef, 4294967295.5 }
local counts = { 0, 1, 4, 8, 16, 31, 32, 33, 63, 64, -1, -31 }
for _, v in ipairs({ 1, -1, 0x80000000, 0x12345678, -0x12345678, 0xff, 3.7, 2^40 + 5 }) do
  local row = {}
  for _, n in ipairs(counts) do
    row[#row + 1] = bit.lshift(v, n) .. "," .. bit.rshift(v, n) .. "," .. bit.arshift(v, n)
  end
  print(bit.tobit(v), table.concat(row, " "))
end
print(pcall(bit.lshift, 1))
print(pcall(bit.rshift))
print(pcall(bit.arshift, "a", 1))
