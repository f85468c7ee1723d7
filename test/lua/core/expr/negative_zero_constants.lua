-- Lua 5.1 quirk: the compiler keeps one constant per distinct *value* of a function, found by
-- raw equality, and -0 == 0. So whichever of 0 and -0 is registered first is used for both.
-- The first constant of this chunk that is zero is -0 (from the unfolded division below),
-- so later literal 0s of the same function load -0.
print(1/-0)
local z = 0
print(-z, 1/-z, 0*-1, -0)
print(0, -0, 1/-0, 1/0)
local function f()
  -- a fresh function has its own constant table: here +0 comes first
  local a = 0
  return a, -a, 1/-0, 0*-1
end
print(f())
local function g()
  return 1/(0*-1), 0
end
print(g())
-- values computed at run time are unaffected
local one = 1
local nz = -(one - one)
print(nz, 1/nz, nz == 0, tostring(nz), string.format("%g", nz))
