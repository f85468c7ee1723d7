local chars = " .:-=+*#%@"
for y = -1.2, 1.2, 0.15 do
  local row = {}
  for x = -2.1, 0.8, 0.06 do
    local zr, zi, n = 0, 0, 0
    while n < 60 and zr * zr + zi * zi < 4 do
      zr, zi = zr * zr - zi * zi + x, 2 * zr * zi + y
      n = n + 1
    end
    local idx = math.floor(n / 60 * (#chars - 1)) + 1
    row[#row + 1] = chars:sub(idx, idx)
  end
  print(table.concat(row))
end
