-- ref: luajit
-- require 'bit' returns the same table as the global
local bit = require 'bit'
print(bit == package.loaded.bit, require("bit") == bit, type(bit))
print(bit.tobit(2^31), bit.tohex(2^31))
