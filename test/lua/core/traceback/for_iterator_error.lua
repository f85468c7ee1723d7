local function iter(state, i)
  if i >= 2 then error("iterator exhausted badly") end
  return i + 1
end
for i in iter, nil, 0 do print(i) end
