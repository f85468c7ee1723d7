-- building strings with .. in loops and with table.concat gives identical results
local a = ""
local parts = {}
for i = 1, 500 do
  local piece = string.format("%03d:%s;", i, string.char(65 + i % 26))
  a = a .. piece
  parts[#parts + 1] = piece
end
local b = table.concat(parts)
print(#a, #b, a == b)
print(a:sub(1, 24), b:sub(-12))
local s = ""
for i = 1, 100 do s = s .. i % 10 end
print(s)
print(("x"):rep(3) .. ("y"):rep(2) .. 1 .. 2.5)
