-- %x %X %o %u including negatives and large numbers
local vals = { 0, 1, 15, 16, 255, 4096, 65535, -1, -16, -255, 2^32, 2^32 - 1, 2^53, -2^31, 123.9 }
for _, f in ipairs({ "%x", "%X", "%o", "%u", "%#x", "%#X", "%#o", "%08x", "%-8X|", "%.4x", "%#.4x", "%#08x", "%+x", "% x" }) do
  local out = {}
  for _, v in ipairs(vals) do out[#out + 1] = string.format(f, v) end
  print(f, table.concat(out, " "))
end
