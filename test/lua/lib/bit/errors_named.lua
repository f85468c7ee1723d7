-- ref: luajit
-- error messages name the bit function when called from Lua code
local bit = require 'bit'
print(pcall(function() local r = bit.band("x") return r end))
print(pcall(function() local r = bit.bor(1, nil) return r end))
print(pcall(function() local r = bit.lshift() return r end))
print(pcall(function() local r = bit.tohex({}) return r end))
print(pcall(function() local r = bit.bswap("z") return r end))
local b = bit.bxor
print(pcall(function() local r = b(true) return r end))
