-- math.random: only ranges and integrality, never the sequence
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
math.randomseed(7)
local function check(label, n, lo, hi, f)
  local ok, int, seenlo, seenhi = true, true, false, false
  for i = 1, n do
    local r = f()
    if type(r) ~= "number" or r < lo or r > hi then ok = false end
    if r ~= math.floor(r) then int = false end
    if r == lo then seenlo = true end
    if r == hi then seenhi = true end
  end
  print(label, ok, int, seenlo, seenhi)
end
local okf = true
for i = 1, 2000 do local r = math.random() if r < 0 or r >= 1 then okf = false end end
print("float in [0,1)", okf)
check("random(1)", 200, 1, 1, function() return math.random(1) end)
check("random(6)", 2000, 1, 6, function() return math.random(6) end)
check("random(3,5)", 2000, 3, 5, function() return math.random(3, 5) end)
check("random(-5,-1)", 2000, -5, -1, function() return math.random(-5, -1) end)
check("random(0,1)", 2000, 0, 1, function() return math.random(0, 1) end)
check("random(7,7)", 100, 7, 7, function() return math.random(7, 7) end)
check("random(6.9)", 2000, 1, 6, function() return math.random(6.9) end)
check("random(1.5,3.5)", 2000, 1, 3, function() return math.random(1.5, 3.5) end)
check("random('4')", 1000, 1, 4, function() return math.random("4") end)
print(select("#", math.random()), select("#", math.random(3)), select("#", math.random(1, 2)))
print(type(math.random()))
