local function down(n)
  if n == 0 then error("bottom reached") end
  local r = down(n - 1)
  return r
end
down(40)
