local data = { 1, 2, 3, "x", 5 }
local total = 0
for i, v in ipairs(data) do
  local ok, err = pcall(function() total = total + v end)
  if not ok then print("item " .. i .. ":", err) end
end
print(total)
for i = 1, 3 do
  local ok, err = pcall(function()
    if i == 2 then
      local missing
      missing()
    end
  end)
  print(i, ok, err)
end
