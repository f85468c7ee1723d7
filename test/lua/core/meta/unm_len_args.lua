-- lua5.1 passes the operand twice to __unm, and (operand, nil) to __len
local got = {}
local mt = {
  __unm = function(...) got[#got + 1] = "unm:" .. select("#", ...) .. ":" .. tostring(select(1, ...) == select(2, ...)) return "negated" end,
}
local t = setmetatable({}, mt)
print(-t, table.concat(got, " "))
local u = newproxy(true)
getmetatable(u).__len = function(...)
  local a, b = ...
  return select("#", ...) .. ":" .. type(a) .. ":" .. tostring(b)
end
print(#u)
getmetatable(u).__unm = function(a, b) return rawequal(a, b) end
print(-u)
