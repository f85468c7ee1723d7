local r = {}
do
  local a = 1
  r[#r + 1] = a
  do
    local a = a + 1
    r[#r + 1] = a
    do
      local b = a * 10
      r[#r + 1] = b
    end
  end
  r[#r + 1] = a
end
print(table.concat(r, ","))
local function early(n)
  do
    if n > 0 then return "positive" end
  end
  do return "non-positive" end
end
print(early(1), early(-1))
do end
do do do print("deep") end end end
local fs = {}
do
  local shared = 0
  fs.inc = function() shared = shared + 1 return shared end
  fs.get = function() return shared end
end
fs.inc(); fs.inc()
print(fs.get())
