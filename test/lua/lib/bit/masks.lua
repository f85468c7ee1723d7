-- ref: luajit
-- building masks with shifts for every width
local bit = require 'bit'
for w = 0, 32, 4 do
  local mask = w == 32 and -1 or bit.lshift(1, w) - 1
  print(w, bit.tohex(mask), bit.tobit(mask), bit.band(0x12345678, mask), bit.tohex(bit.bnot(mask)))
end
for i = 0, 31, 5 do
  print(i, bit.lshift(1, i), bit.tohex(bit.lshift(1, i)), bit.rshift(bit.lshift(1, i), i))
end
