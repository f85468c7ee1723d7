-- math.pow and the ^ operator
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
local cases = { { 2, 10 }, { 2, 0.5 }, { 2, -1 }, { 10, -2 }, { 0, 0 }, { 0, 5 }, { 0, -1 }, { -2, 3 }, { -2, 2 }, { 1, math.huge },
  { 2, 1024 }, { 2, -1074 }, { 2, -1075 }, { 1.0000001, 1e7 }, { 9, 0.5 }, { 27, 1 / 3 }, { math.huge, 0 }, { -1, math.huge }, { 0.5, -math.huge }, { 10, 15 }, { 10, 22 }, { 10, 23 } }
for _, c in ipairs(cases) do
  p(c[1] .. "^" .. c[2], math.pow(c[1], c[2]), c[1] ^ c[2])
end
local n = math.pow(-8, 1 / 3)
print(n ~= n)
print(pcall(math.pow))
print(pcall(math.pow, 2))
print(pcall(math.pow, "x", 2))
p("str", math.pow("2", "3"), "2" ^ "3")
