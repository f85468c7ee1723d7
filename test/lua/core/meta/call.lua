local callable = setmetatable({ name = "obj" }, {
  __call = function(self, a, b) return self.name, a, b end,
})
print(callable(1, 2))
print(callable())
print(pcall(callable, "via pcall"))
local t = { f = callable }
print(t.f("field"))
local n1, a1, b1 = t:f("method")
print(n1, a1 == t, b1)
-- callable tables as iterators
local i = 0
local iter = setmetatable({}, { __call = function(self, s, c) i = i + 1 if i <= 3 then return i end end })
for v in iter do io.write(v, " ") end
print()
-- callable returns multiple values
local multi = setmetatable({}, { __call = function(_, ...) return select("#", ...), ... end })
print(multi(nil, nil))
-- __call is not chained: a callable table as __call is an error
local inner = setmetatable({}, { __call = function() return "inner" end })
local outer = setmetatable({}, { __call = inner })
print(pcall(outer))
-- __call on a metatable-less value
print(pcall(function() local x = {} return x() end))
-- callable used by table.sort as comparator is an error in 5.1? (sort needs a function)
local cmp = setmetatable({}, { __call = function(_, a, b) return a > b end })
local arr = { 3, 1, 2 }
print(pcall(table.sort, arr, cmp))
-- tail call to a callable object
local function tc() return callable("tail") end
print(tc())
