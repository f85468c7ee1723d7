-- a "natural order" comparator mixing text and numbers
local files = { "file10.txt", "file2.txt", "file1.txt", "File3.txt", "file20.txt", "file1a.txt", "a", "file", "file02.txt" }
local function key(s)
  local parts = {}
  for text, num in s:lower():gmatch("(%D*)(%d*)") do
    if text ~= "" then parts[#parts + 1] = text end
    if num ~= "" then parts[#parts + 1] = tonumber(num) end
  end
  return parts
end
table.sort(files, function(a, b)
  local ka, kb = key(a), key(b)
  for i = 1, math.max(#ka, #kb) do
    local x, y = ka[i], kb[i]
    if x == nil then return true end
    if y == nil then return false end
    if type(x) ~= type(y) then return type(x) == "number" end
    if x ~= y then return x < y end
  end
  return a < b
end)
print(table.concat(files, " "))
