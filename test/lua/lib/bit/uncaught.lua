-- ref: luajit
-- an uncaught error from the bit library
local bit = require 'bit'
print(bit.band(12, 10))
print(bit.rol(1, {}))
