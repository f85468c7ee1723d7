-- string.byte: defaults, ranges, negative indices
local function show(...)
  local n = select('#', ...)
  local t = {}
  for i = 1, n do t[i] = tostring((select(i, ...))) end
  print(n, table.concat(t, " "))
end
local s = "Hello, Lua!"
show(string.byte(s))
show(string.byte(s, 1))
show(string.byte(s, 2))
show(string.byte(s, -1))
show(string.byte(s, -3, -1))
show(string.byte(s, 1, 5))
show(string.byte(s, 5, 1))
show(string.byte(s, 0))
show(string.byte(s, 0, 3))
show(string.byte(s, 100))
show(string.byte(s, 10, 100))
show(string.byte(s, -100, 2))
show(string.byte(s, -100, -50))
show(string.byte(""))
show(string.byte("", 1, 10))
show(string.byte(s, 1, -1))
show(string.byte(s, 3, 3))
show(string.byte(s, 2.9))
show(string.byte(s, "3"))
show(s:byte(4, 6))
show(("\0\1\2\255"):byte(1, -1))
