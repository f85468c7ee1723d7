-- ref: luajit
-- algebraic identities over many values (counts of agreement)
local bit = require 'bit'
local seed = 12345
local function rnd() seed = (seed * 1103515245 + 12345) % 2147483648 return seed - 1073741824 end
local n, ok = 0, { 0, 0, 0, 0, 0, 0, 0, 0 }
for _ = 1, 2000 do
  local a, b, s = rnd(), rnd(), rnd() % 32
  n = n + 1
  if bit.bxor(bit.bxor(a, b), b) == bit.tobit(a) then ok[1] = ok[1] + 1 end
  if bit.bnot(bit.band(a, b)) == bit.bor(bit.bnot(a), bit.bnot(b)) then ok[2] = ok[2] + 1 end
  if bit.ror(bit.rol(a, s), s) == bit.tobit(a) then ok[3] = ok[3] + 1 end
  if bit.bswap(bit.bswap(a)) == bit.tobit(a) then ok[4] = ok[4] + 1 end
  if bit.band(a, 0xff) == a % 256 then ok[5] = ok[5] + 1 end
  if bit.lshift(a, s) == bit.tobit(a * 2 ^ s) then ok[6] = ok[6] + 1 end
  if bit.arshift(a, s) == math.floor(a / 2 ^ s) then ok[7] = ok[7] + 1 end
  if bit.bor(bit.band(a, b), bit.band(a, bit.bnot(b))) == bit.tobit(a) then ok[8] = ok[8] + 1 end
end
print(n, table.concat(ok, " "))
