-- all month and weekday names and abbreviations
for m = 1, 12 do
  local t = os.time({ year = 2021, month = m, day = 15, hour = 12 })
  print(m, os.date("!%b %B %m", t))
end
for d = 0, 6 do
  local t = 86400 * (3 + d)
  print(d, os.date("!%a %A %w", t))
end
