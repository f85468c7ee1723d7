-- lua5.1 converts with C strtod (glibc): it also accepts inf/nan spellings and hex floats
for _, s in ipairs({ "inf", "-inf", "INF", "infinity", "-Infinity", "nan", "NAN", "-nan", "nan(123)",
  "0x1p4", "0x1P-1", "0x.8", "0x1.8", "0xA.8p1", "1e500", "-1e500", "1e-500", "0x1p99999", "  0x10  ",
  "0x1e", "infx", "in", "na" }) do
  local n = tonumber(s)
  print(string.format("%q", s), n)
end
print(("inf" + 0) > 1e308, ("0x1p4" * 1))
