local log = {}
local C = setmetatable({}, { __call = function(self, ...)
  log[#log + 1] = select("#", ...)
  return self, ...
end })
local s, a, b = C(1, 2)
print(s == C, a, b)
print(select("#", C()), select("#", C(nil, nil)))
print(table.concat(log, ","))
-- __call as a method target
local obj = { run = C }
local r1, r2 = obj:run("x")
print(r1 == C, r2 == obj)
-- pcall and xpcall on callables
local okc, selfc, pc = pcall(C, "p")
print(okc, selfc == C, pc)
-- string.gsub treats a callable table as a lookup table: it is indexed, not called
print(pcall(string.gsub, "abc", "%w", C))
-- __call receiving itself through several indirections
local counter = setmetatable({ n = 0 }, { __call = function(self, inc) self.n = self.n + (inc or 1) return self.n end })
counter() counter(10)
print(counter.n, counter())
