-- ref: luajit
-- tohex over many values and widths, uppercase with negative width
local bit = require 'bit'
for w = -8, 8 do
  local row = {}
  for _, v in ipairs({ 0, 10, 255, 4096, 0x7fff, -1, -4096, 0x13579bdf }) do row[#row + 1] = "[" .. bit.tohex(v, w) .. "]" end
  print(w, table.concat(row))
end
