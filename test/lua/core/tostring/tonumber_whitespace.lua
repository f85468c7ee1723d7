-- leading and trailing C whitespace (space \t \n \v \f \r) is allowed around numerals
for _, s in ipairs({ " 1", "1 ", "\t2\t", "\n3\n", "\v4\v", "\f5\f", "\r6\r", " \t\n\v\f\r7 \t\n\v\f\r",
  " 0x1A ", "  -8  ", "\t1e2\n", " . ", "", "   ", "\0 9", "9 \0" }) do
  io.write(string.format("%q", s):gsub("\n", "n"), " -> ", tostring(tonumber(s)), "\n")
end
print(tonumber(" 11 ", 2), tonumber("\t11\n", 16), tonumber(" ", 10))
