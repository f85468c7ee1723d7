-- mode strings with 'b' and '+' in different orders
local name = os.tmpname()
for _, mode in ipairs({ "wb", "w+b", "wb+" }) do
  local f = assert(io.open(name, mode))
  print(mode, f:write(mode, "\0", mode))
  f:close()
  local g = assert(io.open(name, "rb"))
  local s = g:read("*a")
  g:close()
  print(#s, (s:gsub("%z", "<0>")))
end
for _, mode in ipairs({ "r+b", "rb+", "ab", "a+b" }) do
  local f = assert(io.open(name, mode))
  f:write("!")
  f:close()
  local g = assert(io.open(name, "rb"))
  print(mode, (g:read("*a"):gsub("%z", "<0>")))
  g:close()
end
os.remove(name)
