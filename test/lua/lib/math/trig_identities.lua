-- sin^2 + cos^2, tan = sin/cos, and symmetries, at full precision
local function g(v) if v ~= v then return "NaN" end return string.format("%.17g", v) end
for _, x in ipairs({ 0.1, 0.25, 0.5, 0.75, 1, 1.25, 2, 2.5, 3, 4, 5, 6 }) do
  local s, c = math.sin(x), math.cos(x)
  print(x, g(s * s + c * c), g(math.tan(x) - s / c), g(math.sin(-x) + s), g(math.cos(-x) - c))
end
