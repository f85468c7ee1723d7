-- floor and ceil around integers, halves and large magnitudes
local function g(v) if v ~= v then return "NaN" end return string.format("%.17g", v) end
local vals = {}
for i = -3, 3 do for _, d in ipairs({ -0.5, -1e-9, 0, 1e-9, 0.5 }) do vals[#vals + 1] = i + d end end
for _, v in ipairs({ 2^52 - 0.5, 2^52 + 1, -2^52 + 0.5, 1e300, -1e-300 }) do vals[#vals + 1] = v end
for _, v in ipairs(vals) do print(g(v), g(math.floor(v)), g(math.ceil(v))) end
