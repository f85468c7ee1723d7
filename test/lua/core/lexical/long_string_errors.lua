local srcs = {
  "return [[unfinished",
  "return [==[ a ]=]",
  "return [=x",
  "x = [=",
  "--[[ unfinished comment",
  "return [[ok]]",
  "return [=[ok]=]",
  "return \"unfinished",
  "return 'unfinished\nnext'",
  "return \"x\\",
}
for i, s in ipairs(srcs) do
  local f, err = loadstring(s)
  print(i, f and "loaded" or err)
end
