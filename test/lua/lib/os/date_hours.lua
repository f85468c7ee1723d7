-- %H %I %p over all 24 hours
for h = 0, 23 do
  print(h, os.date("!%H %I %p %X", h * 3600 + 5 * 60 + 9))
end
