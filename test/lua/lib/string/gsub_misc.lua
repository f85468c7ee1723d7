-- gsub assorted idioms
local function trim(s) return (s:gsub("^%s*(.-)%s*$", "%1")) end
print("[" .. trim("   padded   ") .. "]")
print("[" .. trim("") .. "]")
print("[" .. trim("\t\n x \r\n") .. "]")
local function split(s, sep)
  local out = {}
  for piece in (s .. sep):gmatch("(.-)" .. sep:gsub("%p", "%%%0")) do out[#out + 1] = piece end
  return out
end
print(table.concat(split("a,b,,c", ","), "|"))
print(table.concat(split("1.2.3", "."), "|"))
print(("hello"):gsub("", " "))
print(("CamelCaseString"):gsub("(%u)", " %1"))
print(("snake_case_here"):gsub("_(%a)", string.upper))
print(("  many   spaces  "):gsub("%s+", " "))
print(("%d %s"):gsub("%%(%a)", "<%1>"))
print(("escape (this) [too]"):gsub("[%(%)%[%]]", "%%%0"))
print(("x"):rep(5):gsub("x", "yy"))
print(("line1\nline2\nline3"):gsub("\n", "\\n"))
print(("a\0b\0c"):gsub("%z", "0"))
print(("a\0b"):gsub("\0", "Z"))
local text = "The year 1999 and 2024"
print(text:gsub("%d%d%d%d", function(y) return tostring(y + 1) end))
print(("url%20encoded%21"):gsub("%%(%x%x)", function(h) return string.char(tonumber(h, 16)) end))
