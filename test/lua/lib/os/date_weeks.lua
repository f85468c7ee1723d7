-- week numbers %U (Sunday first) and %W (Monday first) and %j around year boundaries
for _, y in ipairs({ 1999, 2000, 2004, 2010, 2017, 2023, 2024 }) do
  for _, md in ipairs({ { 1, 1 }, { 1, 2 }, { 1, 7 }, { 1, 8 }, { 12, 31 }, { 12, 30 }, { 3, 1 } }) do
    local t = os.time({ year = y, month = md[1], day = md[2], hour = 12 })
    io.write(os.date("!%Y-%m-%d %a U%U W%W j%j | ", t))
  end
  print()
end
