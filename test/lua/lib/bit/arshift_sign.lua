-- ref: luajit
-- arithmetic right shift keeps the sign bit, logical does not
local bit = require 'bit'
for _, v in ipairs({ -1, -2, -8, -255, -2147483648, -12345678, 12345678, 2147483647 }) do
  local row = {}
  for n = 0, 31, 3 do row[#row + 1] = bit.arshift(v, n) .. "|" .. bit.rshift(v, n) end
  print(v, table.concat(row, " "))
end
