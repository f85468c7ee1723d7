-- modf and frexp over many values
local function g(v) if v ~= v then return "NaN" end return string.format("%.17g", v) end
for _, v in ipairs({ 0.1, 0.9, 1.1, 99.99, -99.99, 1e15 + 0.3, 2^60, 1 / 3, -1 / 3, 7.0, 1e-5, 123456.789 }) do
  local i, f = math.modf(v)
  local m, e = math.frexp(v)
  print(g(v), g(i), g(f), g(m), e, g(math.ldexp(m, e)))
end
