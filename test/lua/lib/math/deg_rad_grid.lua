-- deg/rad conversions across a range of angles
local function g(v) if v ~= v then return "NaN" end return string.format("%.17g", v) end
for d = -360, 360, 45 do
  local r = math.rad(d)
  print(d, g(r), g(math.deg(r)), g(math.sin(r)), g(math.cos(r)))
end
