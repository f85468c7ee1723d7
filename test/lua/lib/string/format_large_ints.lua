-- %d/%x with values outside 32 bits (5.1 casts to a 64-bit integer)
local vals = { 2^31, 2^32, 2^32 + 1, 2^52, 2^53, 2^53 + 2, 2^62, -2^31 - 1, -2^32, -2^53, 1e18, -1e18, 4294967295.5 }
for _, v in ipairs(vals) do
  print(string.format("%.0f", v), string.format("%d", v), string.format("%x", v), string.format("%X", v), string.format("%o", v))
end
