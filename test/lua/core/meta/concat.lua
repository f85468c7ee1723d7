local log = {}
local S = {}
S.__concat = function(a, b)
  local sa = type(a) == "table" and "<" .. a.v .. ">" or tostring(a)
  local sb = type(b) == "table" and "<" .. b.v .. ">" or tostring(b)
  log[#log + 1] = sa .. "+" .. sb
  return sa .. sb
end
local function s(v) return setmetatable({ v = v }, S) end
print(s("a") .. "x")
print("x" .. s("b"))
print(1 .. s("c"))
print(s("d") .. 2.5)
print(s("e") .. s("f"))
log = {}
print("p" .. "q" .. s("g") .. "r" .. "s")
print(table.concat(log, " | "))
log = {}
print(s("h") .. "i" .. "j")
print(table.concat(log, " | "))
-- __concat returning a table, then concatenated again
local T = {}
T.__concat = function(a, b) return setmetatable({ v = (type(a) == "table" and a.v or a) .. (type(b) == "table" and b.v or b) }, T) end
local r = setmetatable({ v = "1" }, T) .. "2" .. "3"
print(type(r), r.v)
-- no __concat
print(pcall(function() return {} .. "x" end))
print(pcall(function() return "x" .. setmetatable({}, {}) end))
print(pcall(function() return 1 .. true end))
-- numbers are converted, booleans and nil are not
print(pcall(function() return s("k") .. nil end))
print(pcall(function() return nil .. s("k") end))
