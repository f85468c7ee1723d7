-- ref: luajit
-- a deterministic xorshift32 generator built from shifts and xor
local bit = require 'bit'
local bxor, lshift, rshift = bit.bxor, bit.lshift, bit.rshift
local state = 2463534242
local function nextval()
  state = bxor(state, lshift(state, 13))
  state = bxor(state, rshift(state, 17))
  state = bxor(state, lshift(state, 5))
  return state
end
local out = {}
for i = 1, 20 do out[i] = nextval() end
print(table.concat(out, " "))
local hex = {}
for i = 1, 8 do hex[i] = bit.tohex(nextval()) end
print(table.concat(hex, " "))
