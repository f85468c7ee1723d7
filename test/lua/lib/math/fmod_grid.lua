-- math.fmod over a grid of signs and magnitudes
local function g(v) if v ~= v then return "NaN" end return string.format("%.17g", v) end
local as = { 7, -7, 0.5, -0.5, 10.75, -10.75, 1e20, 3 }
local bs = { 1, -1, 2, -2, 0.3, 1e-3, 1e10, math.huge }
for _, a in ipairs(as) do
  local row = {}
  for _, b in ipairs(bs) do row[#row + 1] = g(math.fmod(a, b)) end
  print(a, table.concat(row, " "))
end
