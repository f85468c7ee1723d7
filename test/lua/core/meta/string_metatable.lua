local smt = getmetatable("")
print(type(smt), smt.__index == string)
local s = "Hello"
print(s:upper(), s:lower(), s:len(), s:sub(2, 3), s:rep(2), s:byte(1), s:reverse())
print(("%s=%d"):format("x", 5), ("a,b,c"):find(","), ("abc"):match("b."))
-- indexing a string with a missing key gives nil
print(s.nonexistent, s[1], ("x").len == string.len)
-- adding a method to the string table makes it available on all strings
function string.shout(str) return str:upper() .. "!" end
print(("hey"):shout())
-- replacing __index with a function
local old = smt.__index
smt.__index = function(str, k)
  if type(k) == "number" then return string.sub(str, k, k) end
  return old[k]
end
print(s[1], s[5], s[6] == "", s:upper())
smt.__index = old
print(s[1])
-- arithmetic on strings that do not convert to numbers consults the string metatable
smt.__add = function() return "meta add" end
print(pcall(function() return "a" + "b" end))
print(pcall(function() return "1" + "2" end))
smt.__add = nil
-- numbers have no metatable
print(getmetatable(1), pcall(function() local n = 5 return n:foo() end))
