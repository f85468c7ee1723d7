-- io.read("*l") keeps a carriage return that precedes the newline
local lines = {}
while true do
  local l = io.read("*l")
  if not l then break end
  lines[#lines + 1] = l
end
print(#lines)
for i, l in ipairs(lines) do print(i, #l, l:byte(-1)) end
