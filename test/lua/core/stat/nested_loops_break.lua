local found
for i = 1, 10 do
  for j = 1, 10 do
    if i * j == 42 then found = i .. "x" .. j break end
  end
  if found then break end
end
print(found)
local count = 0
for i = 1, 5 do
  local j = 0
  while true do
    j = j + 1
    if j > i then break end
    repeat
      count = count + 1
      if count % 7 == 0 then break end
    until true
  end
end
print(count)
local log = {}
for _, row in ipairs({ { 1, 2, -1, 4 }, { 5, -6 }, { 7, 8 } }) do
  for _, v in ipairs(row) do
    if v < 0 then break end
    log[#log + 1] = v
  end
end
print(table.concat(log, " "))
local function search(t, target)
  for i, row in ipairs(t) do
    for j, v in ipairs(row) do
      if v == target then return i, j end
    end
  end
  return nil
end
print(search({ { 1, 2 }, { 3, 4 }, { 5, 6 } }, 4), search({ { 1 } }, 9))
