-- math.mod is the 5.0 name of math.fmod, still present in 5.1
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
print(type(math.mod), math.mod == math.fmod)
p("mod", math.mod(10, 3), math.mod(-10, 3), math.mod(10.5, 3), math.mod(-1, 5))
print(pcall(math.mod))
