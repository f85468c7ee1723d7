-- ref: luajit
-- string and non-integral arguments to bit functions
local bit = require 'bit'
print(bit.band("255", "15"), bit.bor("0x10", 1), bit.bxor(" 3 ", "5"))
print(bit.lshift("1", "4"), bit.rshift("256", 4), bit.tohex("255"))
print(bit.tobit(1e300), bit.tobit(-1e300), bit.tobit(math.huge), bit.tobit(-math.huge))
print(bit.band(2^32 + 1, 3), bit.bor(-2^32, 1), bit.bxor(2^33 + 2^31, 0))
print(pcall(bit.band, "1x", 1))
print(pcall(bit.bor, nil))
print(pcall(bit.lshift, 1, "q"))
print(pcall(function() local r = bit.band(1, {}) return r end))
print(pcall(function() local r = bit.tohex(true) return r end))
