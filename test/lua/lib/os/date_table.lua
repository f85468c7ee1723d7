-- os.date('*t') and os.date('!*t') tables, printed with sorted keys
local function dump(t)
  local keys = {}
  for k in pairs(t) do keys[#keys + 1] = k end
  table.sort(keys)
  local out = {}
  for _, k in ipairs(keys) do out[#out + 1] = k .. "=" .. tostring(t[k]) end
  return table.concat(out, " ")
end
for _, t in ipairs({ 0, 1, 86400 * 59, 951782400, 1700000000, 2147483647, -1, -86400 * 365 }) do
  print(t, dump(os.date("!*t", t)))
end
print(dump(os.date("*t", 1234567890)))
local d = os.date("!*t", 1700000000)
print(type(d.year), type(d.isdst), d.wday, d.yday)
print(os.time(os.date("*t", 1700000000)) == 1700000000)
