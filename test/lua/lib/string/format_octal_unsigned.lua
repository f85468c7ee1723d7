-- %o and %u with flags, widths and precisions
for _, v in ipairs({ 0, 7, 8, 64, 511, 4096, 2^31, 2^32 + 1, -8 }) do
  print(v, string.format("[%o][%#o][%5o][%-5o|][%05o][%.4o][%u][%10u][%-10u|]", v, v, v, v, v, v, v, v, v))
end
