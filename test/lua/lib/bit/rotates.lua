-- ref: luajit
-- rol / ror
local bit = require 'bit'
local vals = { 0, 1, -1, 2, -2, 7, 255, 256, 0x7fffffff, 0x80000000, 0xffffffff, 0x100000000, 0x123456789, -0x80000000, -0x80000001, 2^52, 2^53, -2^53, 1e15, 0.5, 1.5, 2.5, -0.5, -1.5, 3.7, -3.7, 0x12345678, 0xdeadbeef, 4294967295.5 }
local counts = { 0, 1, 4, 8, 16, 31, 32, 33, -1, -8, 100 }
for _, v in ipairs({ 1, -1, 0x80000000, 0x12345678, 0xdeadbeef, 0x0000ffff, 5.5 }) do
  local row = {}
  for _, n in ipairs(counts) do row[#row + 1] = bit.tohex(bit.rol(v, n)) .. "/" .. bit.tohex(bit.ror(v, n)) end
  print(bit.tohex(v), table.concat(row, " "))
end
print(bit.rol(1, 31), bit.ror(1, 1), bit.rol(bit.ror(0x12345678, 12), 12) == 0x12345678)
print(pcall(bit.rol, 1))
print(pcall(bit.ror))
