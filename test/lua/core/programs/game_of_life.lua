local W, H = 12, 8
local function empty() local g = {} for y = 1, H do g[y] = {} for x = 1, W do g[y][x] = false end end return g end
local g = empty()
for _, p in ipairs({ { 2, 1 }, { 3, 2 }, { 1, 3 }, { 2, 3 }, { 3, 3 } }) do g[p[2]][p[1]] = true end
for _, p in ipairs({ { 9, 6 }, { 10, 6 }, { 11, 6 } }) do g[p[2]][p[1]] = true end
local function step(g)
  local n = empty()
  for y = 1, H do for x = 1, W do
    local c = 0
    for dy = -1, 1 do for dx = -1, 1 do
      if not (dx == 0 and dy == 0) then
        local yy, xx = (y + dy - 1) % H + 1, (x + dx - 1) % W + 1
        if g[yy][xx] then c = c + 1 end
      end
    end end
    n[y][x] = (c == 3) or (g[y][x] and c == 2)
  end end
  return n
end
local function show(g, gen)
  print("generation " .. gen)
  for y = 1, H do
    local row = {}
    for x = 1, W do row[x] = g[y][x] and "#" or "." end
    print(table.concat(row))
  end
end
for gen = 0, 4 do show(g, gen) g = step(g) end
local alive = 0
for i = 1, 20 do g = step(g) end
for y = 1, H do for x = 1, W do if g[y][x] then alive = alive + 1 end end end
print("alive after 25 generations:", alive)
