-- malformed patterns
local pats = { "%", "abc%", "[a", "[", "[^", "[a-", "[%", "(", "(()", "a)", ")", "%1", "(a)%2",
  "%b", "%ba", "%f", "%fa", "(%1)", "[]", "[^]", "%g", "(()%1", "%0" }
for _, p in ipairs(pats) do
  local ok, err = pcall(string.match, "abc(a)", p)
  print(string.format("%-8s", p), ok, err)
end
print(pcall(function() return ("x"):match("%") end))
print(pcall(function() return ("x"):find("[x") end))
print(pcall(function() return ("x"):gsub("(", "") end))
print(pcall(function() return ("x"):gmatch("%1")() end))
print(pcall(string.match, "x"))
print(pcall(string.match))
print(pcall(string.match, "x", {}))
