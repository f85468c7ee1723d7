-- %q of every byte, and round trips through loadstring
local bad = 0
for i = 0, 255 do
  local s = string.char(i) .. "x" .. string.char(i)
  local q = string.format("%q", s)
  local back = loadstring("return " .. q)()
  if back ~= s then bad = bad + 1 end
end
print("round trip failures", bad)
local escaped = {}
for i = 0, 255 do
  local q = string.format("%q", string.char(i))
  if #q ~= 3 then escaped[#escaped + 1] = i .. "=" .. q:gsub("\n", "NL") end
end
print(table.concat(escaped, " "))
