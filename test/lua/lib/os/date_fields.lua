-- every C89 strftime conversion with fixed times (UTC via '!')
local times = { 0, 86399, 951782400, 1700000000, 1234567890, 2147483647, 946684800, 1072915200 }
local convs = { "a", "A", "b", "B", "c", "d", "H", "I", "j", "m", "M", "p", "S", "U", "w", "W", "x", "X", "y", "Y", "%" }
for _, t in ipairs(times) do
  local row = {}
  for _, c in ipairs(convs) do row[#row + 1] = c .. "=" .. os.date("!%" .. c, t) end
  print(t, table.concat(row, " | "))
end
