-- ref: luajit
-- a prime sieve over a bitset stored in 32-bit words
local bit = require 'bit'
local band, bor, lshift, rshift, bnot = bit.band, bit.bor, bit.lshift, bit.rshift, bit.bnot
local N = 2000
local words = {}
for i = 0, rshift(N, 5) do words[i] = 0 end
local function set(i) local w = rshift(i, 5) words[w] = bor(words[w], lshift(1, band(i, 31))) end
local function get(i) return band(words[rshift(i, 5)], lshift(1, band(i, 31))) ~= 0 end
set(0) set(1)
for i = 2, math.floor(math.sqrt(N)) do
  if not get(i) then for j = i * i, N, i do set(j) end end
end
local primes = {}
for i = 2, N do if not get(i) then primes[#primes + 1] = i end end
print(#primes, primes[1], primes[#primes])
print(table.concat(primes, " ", 1, 25))
print(bit.tohex(words[0]), bit.tohex(words[1]), bit.tohex(bnot(words[2])))
