-- lines longer than the C buffer size
local n = 0
for line in io.lines() do
  n = n + 1
  print(n, #line, line:sub(1, 5), line:sub(-5), select(2, line:gsub("x", "")))
end
