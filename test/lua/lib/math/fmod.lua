-- math.fmod (C fmod: sign of the dividend) versus the % operator (floored)
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
local cases = { { 7, 3 }, { -7, 3 }, { 7, -3 }, { -7, -3 }, { 7.5, 2 }, { -7.5, 2 }, { 1, 0.1 }, { 5, 5 }, { 0, 3 }, { 3, 7 },
  { 1e300, 3 }, { 2^53, 3 }, { 1, math.huge }, { -1, math.huge }, { 5.3, 1.1 } }
for _, c in ipairs(cases) do
  p(c[1] .. "," .. c[2], math.fmod(c[1], c[2]), c[1] % c[2])
end
local z = math.fmod(1, 0)
print(z ~= z)
print(pcall(math.fmod))
print(pcall(math.fmod, 1))
print(pcall(math.fmod, 1, "x"))
