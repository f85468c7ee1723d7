-- ref: luajit
-- tobit of values at and beyond 2^51 (LuaJIT takes the low word after adding 2^52+2^51)
local bit = require 'bit'
local vals = { 2^51 - 1, 2^51, 2^51 + 1, 2^52 - 1, 2^52, 2^52 + 1, 2^53 - 2, 2^53 + 2, 1e16, 1e17, 1e18, 2^60 + 2^33 + 7 * 2^8, -2^51, -2^51 - 1, -2^52 - 4, -1e16, 1e300, -1e300, 5e-324, -5e-324 }
for _, v in ipairs(vals) do print(string.format("%.17g", v), bit.tobit(v), bit.tohex(v), bit.band(v, 0xffff)) end
