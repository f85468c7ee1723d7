-- os.time(os.date('*t', t)) == t for many times; leap years
local ok = 0
for i = 0, 400 do
  local t = i * 7919 * 3607
  if os.time(os.date("*t", t)) == t then ok = ok + 1 end
end
print(ok)
for _, y in ipairs({ 1900, 1996, 2000, 2001, 2004, 2100, 2400 }) do
  local feb29 = os.time({ year = y, month = 2, day = 29, hour = 12 })
  print(y, os.date("!%Y-%m-%d", feb29))
end
local t1 = os.time({ year = 2020, month = 1, day = 1, hour = 0 })
local t2 = os.time({ year = 2021, month = 1, day = 1, hour = 0 })
print((t2 - t1) / 86400)
