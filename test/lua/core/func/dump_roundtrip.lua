-- string.dump / loadstring round trip; upvalues come back fresh (nil)
local function add(a, b) return a + b end
local add2 = loadstring(string.dump(add))
print(add2(2, 3), add2 == add)
local x = 10
local function uses_up() return x end
local copy = loadstring(string.dump(uses_up))
print(uses_up(), copy())
local function varargs(...) return select("#", ...), ... end
print(loadstring(string.dump(varargs))(1, nil, 3))
local function nested() local function inner(n) return n * 2 end return inner(21) end
print(loadstring(string.dump(nested))())
local function errs() error("dumped error") end
print(pcall(loadstring(string.dump(errs))))
print(pcall(string.dump, print))
print(pcall(string.dump))
local bin = string.dump(add)
print(type(bin), bin:sub(1, 1) == "\27")
