local items = { 3, 1, 2 }
table.sort(items, function(a, b)
  if a == 2 or b == 2 then error("cannot compare 2") end
  return a < b
end)
