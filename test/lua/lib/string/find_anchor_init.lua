-- '^' anchors at the init position
local s = "aXaXa"
for init = -6, 6 do
  print(init, s:find("^a", init), s:find("^X", init), s:match("^(.)", init))
end
