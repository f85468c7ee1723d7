-- closure creation inside loops with break/return in the middle of a block
local function collect(n, stop)
  local fs = {}
  for i = 1, n do
    local a = i
    local b = a * 2
    fs[#fs + 1] = function() return a + b end
    if i == stop then break end
    local c = b + 1
    fs[#fs + 1] = function() return c end
  end
  return fs
end
local out = {}
for _, f in ipairs(collect(5, 3)) do out[#out + 1] = f() end
print(table.concat(out, " "))
local function find_first(t, pred)
  for i, v in ipairs(t) do
    local captured = v
    if pred(v) then return function() return i, captured end end
  end
  return function() return nil end
end
print(find_first({ 3, 8, 11, 14 }, function(x) return x > 10 end)())
local gens = {}
local i = 1
while true do
  local j = i
  gens[i] = function() j = j + 10 return j end
  i = i + 1
  if i > 3 then break end
end
print(gens[1](), gens[1](), gens[2](), gens[3]())
