-- how gmatch and gsub step over empty matches
local function all(s, p)
  local out = {}
  for m in s:gmatch(p) do out[#out + 1] = "<" .. m .. ">" end
  return #out .. " " .. table.concat(out)
end
print(all("abc", "x*"))
print(all("abc", "b*"))
print(all("a  b", "%s*"))
print(all("a  b", "%S*"))
print(all("", ".*"))
print(all("abc", ".-"))
print(all("abc", "()"))
print(("abc"):gsub("x*", "-"))
print(("abc"):gsub("b*", "-"))
print(("a  b"):gsub("%s*", "_"))
print(("hello"):gsub("l*", "L"))
