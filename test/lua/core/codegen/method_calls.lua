local obj = { n = 0 }
function obj:inc(k) self.n = self.n + (k or 1) return self end
function obj:get() return self.n end
print(obj:inc():inc(5):inc():get())
local function factory() return obj end
print(factory():inc(10):get())
local objs = { obj }
print(objs[1]:get(), (objs[1]):get())
local key = "get"
print(obj[key](obj))
print(("abc"):upper():lower():len())
local s = "x"
print(s:rep(3):upper(), #s:rep(10))
-- the object expression is evaluated once
local count = 0
local function counted() count = count + 1 return obj end
counted():inc()
print(count)
-- method names that are not valid identifiers need the explicit form
local weird = { ["with space"] = function(self) return "space" end }
print(weird["with space"](weird))
-- method call with many arguments and a multi-value tail
local m = { f = function(self, ...) return select("#", ...) end }
local function three() return 1, 2, 3 end
print(m:f(), m:f(nil), m:f(three()), m:f(three(), three()), m:f((three())))
-- methods on numbers and booleans fail with useful messages
print(pcall(function() local n = 1 return n:x() end))
print(pcall(function() return obj:missing() end))
