-- math.randomseed: returns nothing, same seed gives the same sequence
local function p(label, ...)
  local out = {}
  for i = 1, select("#", ...) do
    local v = select(i, ...)
    if type(v) == "number" then
      if v ~= v then out[#out + 1] = "NaN"
      else out[#out + 1] = tostring(v) .. "(" .. string.format("%.17g", v) .. ")" end
    else out[#out + 1] = tostring(v) end
  end
  print(label, table.concat(out, " "))
end
print(select("#", math.randomseed(123)))
local function seq(seed)
  math.randomseed(seed)
  local t = {}
  for i = 1, 20 do t[i] = math.random(1000) end
  return table.concat(t, ",")
end
local a, b, c = seq(1), seq(1), seq(2)
print(a == b, a == c)
print(seq(42) == seq(42), seq(42.9) == seq(42))
math.randomseed("99")
local x = math.random()
math.randomseed(99)
print(x == math.random())
print(pcall(math.randomseed))
print(pcall(math.randomseed, "abc"))
print(pcall(math.randomseed, {}))
print(pcall(function() math.randomseed() end))
