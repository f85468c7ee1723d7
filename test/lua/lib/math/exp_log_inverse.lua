-- exp(log(x)) and log(exp(x)) at full precision
local function g(v) if v ~= v then return "NaN" end return string.format("%.17g", v) end
for _, x in ipairs({ 0.5, 1, 2, 2.5, 10, 100, 1e-5, 12345.678 }) do
  print(x, g(math.exp(math.log(x))), g(math.log(math.exp(x > 700 and 1 or x))), g(math.log10(10 ^ (x > 300 and 1 or x))))
end
print(g(math.exp(1)), g(math.log(2)), g(math.log10(2)), g(math.log(10)))
