-- arguments are evaluated left to right before the call
local log = {}
local function v(x) log[#log + 1] = x return x end
local function f(...) return select("#", ...) end
print(f(v(1), v(2), v(3)), table.concat(log, ","))
-- the function expression is evaluated before the arguments
log = {}
local function getf() v("f") return f end
getf()(v("a"), v("b"))
print(table.concat(log, ","))
-- calling through a table field looks the field up before evaluating the arguments
local t = { fn = function(x) return "old " .. x end }
print(t.fn((function() t.fn = function(x) return "new " .. x end return "arg" end)()))
print(t.fn("again"))
-- method call evaluates the object once
local count = 0
local obj = { m = function(self, x) return x end }
local function getobj() count = count + 1 return obj end
getobj():m(1)
print(count)
-- calls with string and table literals
local function id(x) return x end
print(id"s", id{ 1 }[1], id[[l]])
-- returning a huge number of values
local function many() local t = {} for i = 1, 5000 do t[i] = i end return unpack(t) end
print(select("#", many()), (select(5000, many())))
