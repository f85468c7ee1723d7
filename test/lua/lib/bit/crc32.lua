-- ref: luajit
-- CRC-32 over strings using only bit operations
local bit = require 'bit'
local band, bxor, rshift, bnot = bit.band, bit.bxor, bit.rshift, bit.bnot
local tbl = {}
for i = 0, 255 do
  local c = i
  for _ = 1, 8 do
    if band(c, 1) ~= 0 then c = bxor(rshift(c, 1), 0xEDB88320) else c = rshift(c, 1) end
  end
  tbl[i] = c
end
local function crc32(s)
  local crc = bnot(0)
  for i = 1, #s do crc = bxor(rshift(crc, 8), tbl[band(bxor(crc, s:byte(i)), 0xff)]) end
  return bnot(crc)
end
for _, s in ipairs({ "", "a", "abc", "The quick brown fox jumps over the lazy dog", "123456789", string.rep("x", 1000) }) do
  print(#s, bit.tohex(crc32(s)), crc32(s))
end
print(bit.tohex(tbl[1]), bit.tohex(tbl[255]))
