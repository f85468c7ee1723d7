local log = {}
local function rec(name) return function(...) log[#log + 1] = name .. "/" .. select("#", ...) return name end end
local mt = {}
for _, e in ipairs({ "add", "sub", "mul", "div", "mod", "pow", "unm", "concat", "eq", "lt", "le", "call", "index" }) do
  mt["__" .. e] = rec(e)
end
mt.__newindex = function(t, k, v) log[#log + 1] = "newindex/" .. tostring(k) .. "=" .. tostring(v) end
local a, b = setmetatable({}, mt), setmetatable({}, mt)
local r = { a + b, a - 1, 2 * a, a / b, a % 3, a ^ 2, -a, a .. "s", a == b, a < b, a <= b, a > b, a >= b, a(1, 2), a.key }
a.newkey = "v"
print(table.concat(log, " "))
local out = {}
for i = 1, 15 do out[i] = tostring(r[i]) end
print(table.concat(out, " "))
print(a ~= b, not (a == b))
