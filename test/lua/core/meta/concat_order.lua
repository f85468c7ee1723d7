-- the order in which __concat is invoked over a chain of operands
local log = {}
local M = {}
M.__concat = function(a, b)
  local function n(x) return type(x) == "table" and x.name or tostring(x) end
  log[#log + 1] = "(" .. n(a) .. "," .. n(b) .. ")"
  return setmetatable({ name = n(a) .. n(b) }, M)
end
local function o(name) return setmetatable({ name = name }, M) end
local r = o("A") .. o("B") .. o("C") .. o("D")
print(r.name, table.concat(log, " "))
log = {}
r = "s1" .. "s2" .. o("X") .. "s3" .. "s4" .. o("Y") .. "s5"
print(r.name, table.concat(log, " "))
log = {}
r = 1 .. 2 .. o("N") .. 3
print(r.name, table.concat(log, " "))
log = {}
r = o("P") .. "q" .. "r"
print(r.name, table.concat(log, " "))
