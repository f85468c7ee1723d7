local cases = {
  [["\256"]], [["\300"]], [["\999"]], [["ok \255"]], [["\2560"]],
}
for _, c in ipairs(cases) do
  local f, err = loadstring("return " .. c)
  if f then print(c, "ok", #f()) else print(c, err) end
end
