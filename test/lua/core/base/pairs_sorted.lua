local function sorted_pairs(t)
  local keys = {}
  for k in pairs(t) do keys[#keys + 1] = k end
  table.sort(keys, function(a, b)
    local ta, tb = type(a), type(b)
    if ta ~= tb then return ta < tb end
    if ta == "boolean" then return (a and 1 or 0) < (b and 1 or 0) end
    return a < b
  end)
  local i = 0
  return function() i = i + 1 local k = keys[i] if k ~= nil then return k, t[k] end end
end
local t = { 1, 2, 3, x = "x", y = "y", [10] = "ten", [-5] = "neg", [2.5] = "frac", [true] = "T", [false] = "F" }
for k, v in sorted_pairs(t) do print(type(k), k, v) end
local words = {}
for w in ("the quick brown fox jumps over the lazy dog the end"):gmatch("%a+") do words[w] = (words[w] or 0) + 1 end
for k, v in sorted_pairs(words) do io.write(k, "=", v, " ") end
print()
local n = 0
for k, v in pairs(_G) do n = n + 1 end
print(n > 20)
