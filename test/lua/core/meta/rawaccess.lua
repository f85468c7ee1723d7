local log = {}
local mt = {
  __index = function(t, k) log[#log + 1] = "get " .. k return "meta" end,
  __newindex = function(t, k, v) log[#log + 1] = "set " .. k end,
}
local t = setmetatable({}, mt)
print(t.a, rawget(t, "a"))
t.b = 1
rawset(t, "c", 2)
print(rawget(t, "b"), rawget(t, "c"), t.c)
print(table.concat(log, ","))
print(rawset(t, "d", 4) == t)
print(rawget(t, "d"))
print(pcall(rawget, 1, 2))
print(pcall(rawget, "s", 1))
print(pcall(rawset, {}, nil, 1))
print(pcall(rawset, {}, 0/0, 1))
print(pcall(rawset, 5, 1, 1))
print(pcall(rawget, {}))
print(pcall(rawset, {}, 1))
print(rawequal(t, t), rawequal(t, {}), rawequal("a", "a"), rawequal(1, 1))
print(pcall(rawequal, 1))
print(rawequal(nil, nil), rawequal(nil, false))
-- rawget does not follow __index chains
local base = { x = "base" }
local derived = setmetatable({}, { __index = base })
print(derived.x, rawget(derived, "x"))
print(rawlen)
