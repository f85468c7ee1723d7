-- format errors
local cases = {
  { "%y", 1 }, { "%", 1 }, { "%d" }, { "%d", "x" }, { "%d", {} }, { "%f", "abc" }, { "%5%" },
  { "%100d", 1 }, { "%1000d", 1 }, { "%99d", 1 }, { "%.100f", 1 }, { "%.99f", 0 }, { "%10.100d", 1 },
  { "%-+ #0d", 1 }, { "%--d", 1 }, { "%00d", 1 }, { "%------d", 1 }, { "%b", 1 }, { "%ld", 1 }, { "%hd", 1 },
  { "%n", 1 }, { "%p", 1 }, { "%a", 1 }, { "%F", 1 }, { "%S", "x" }, { "% ", 1 }, { "%5", 1 }, { "%.", 1 },
  { "%*d", 5, 1 },
}
for i, c in ipairs(cases) do
  local ok, r = pcall(string.format, unpack(c, 1, 3))
  print(i, c[1], ok, r)
end
print(pcall(string.format))
print(pcall(string.format, nil))
print(pcall(string.format, {}))
print(pcall(function() return string.format("%d", "x") end))
print(pcall(function() return ("%d"):format("x") end))
print(pcall(function() return string.format("%z", 1) end))
print(pcall(function() return ("%s %s"):format(1) end))
