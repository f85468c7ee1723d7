-- arithmetic near 2^53 and integer-valued doubles
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
local big = 2 ^ 53
p("2^53", big, big + 1, big + 2, big - 1, big * 2)
p("2^53 ==", big + 1 == big, big + 2 == big)
p("sum", 0.1 + 0.2, 0.1 + 0.2 == 0.3, 1 - 0.9)
p("div", 1 / 3, 2 / 3, 10 / 4, -7 / 2, 1 / 7)
p("mod", 5.5 % 2, -5.5 % 2, 5.5 % -2, 2 ^ 60 % 7, 1e15 % 7)
p("floor div", math.floor(7 / 2), math.floor(-7 / 2), math.floor(1e16 / 3))
p("exp", 2 ^ 0.5 * 2 ^ 0.5, 10 ^ -1, 1e23, 8.5e-322)
p("mul", 123456789 * 987654321, 2 ^ 31 * 2 ^ 31, 0.1 * 3)
local acc = 0
for i = 1, 10 do acc = acc + 0.1 end
p("acc", acc, acc == 1)
p("big", 2 ^ 63, 2 ^ 64, -2 ^ 63, 1.7976931348623157e308, 1.7976931348623157e308 * 1.0000001)
p("tiny", 2.2250738585072014e-308, 4.9e-324 / 2, 5e-324 * 0.6)
