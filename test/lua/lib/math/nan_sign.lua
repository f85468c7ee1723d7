-- how the reference prints NaN values produced by different operations (x86 glibc: 0/0 is -nan)
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
local function show(label, v) print(label, v, tostring(v), string.format("%f|%g|%e|%.3f|%5.1f", v, v, v, v, v), v ~= v) end
show("0/0", 0 / 0)
show("-(0/0)", -(0 / 0))
show("inf-inf", math.huge - math.huge)
show("inf*0", math.huge * 0)
show("sqrt(-1)", math.sqrt(-1))
show("log(-1)", math.log(-1))
show("acos(2)", math.acos(2))
show("asin(2)", math.asin(2))
show("fmod(1,0)", math.fmod(1, 0))
show("1%0", 1 % 0)
show("1%inf", 1 % math.huge)
show("sin(inf)", math.sin(math.huge))
show("pow(-8,1/3)", math.pow(-8, 1 / 3))
show("tonumber('nan')", tonumber("nan"))
show("modf(nan)", (math.modf(0 / 0)))
