local N = 8
local solutions, first = 0, nil
local cols, d1, d2, pos = {}, {}, {}, {}
local function place(r)
  if r > N then
    solutions = solutions + 1
    if not first then first = { unpack(pos) } end
    return
  end
  for c = 1, N do
    if not cols[c] and not d1[r + c] and not d2[r - c + N] then
      cols[c], d1[r + c], d2[r - c + N] = true, true, true
      pos[r] = c
      place(r + 1)
      cols[c], d1[r + c], d2[r - c + N] = nil, nil, nil
    end
  end
end
place(1)
print("solutions:", solutions)
for r = 1, N do
  local row = {}
  for c = 1, N do row[c] = (first[r] == c) and "Q" or "." end
  print(table.concat(row, " "))
end
for n = 1, 7 do
  N, solutions, first = n, 0, nil
  cols, d1, d2, pos = {}, {}, {}, {}
  place(1)
  io.write(n, "=", solutions, " ")
end
print()
