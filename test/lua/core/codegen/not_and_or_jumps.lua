-- short-circuit code paths that only run some operands
local calls = {}
local function c(name, v) calls[#calls + 1] = name return v end
local function reset() local r = table.concat(calls, "") calls = {} return r end
local v = c("a", nil) and c("b", 1) or c("c", 2)
print(v, reset())
v = c("a", 1) and c("b", nil) or c("c", false) or c("d", "x")
print(v, reset())
v = not c("a", nil) and c("b", "B")
print(v, reset())
v = (c("a", 1) or c("b", 2)) and (c("c", nil) or c("d", 4))
print(v, reset())
if c("a", false) or (c("b", true) and not c("c", nil)) then c("T", 0) else c("F", 0) end
print(reset())
while c("w", false) do end
print(reset())
local t = { c("x", nil) or "default", c("y", false) and "never" }
print(t[1], t[2], reset())
local function f(p, q) return p or q, p and q end
print(f(nil, 2))
print(f(1, nil))
print(f(false, false))
