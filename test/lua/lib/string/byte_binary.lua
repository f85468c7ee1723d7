-- byte values of every char 0..255 round trip
local parts = {}
for i = 0, 255 do
  local c = string.char(i)
  assert(#c == 1)
  parts[#parts + 1] = string.byte(c)
end
print(#parts, parts[1], parts[128], parts[256])
local all = string.char(unpack(parts))
print(#all)
local sum = 0
for i = 1, #all do sum = sum + all:byte(i) end
print(sum)
print(all:byte(-1), all:byte(-256), all:byte(-257))
print(select('#', all:byte(1, 256)))
print(select('#', all:byte(250, 300)))
local t = { all:byte(65, 70) }
print(table.concat(t, ","))
print(("é"):byte(1, -1))
print(#"é", #"日本語")
print(("\255\254"):byte(1, 2))
