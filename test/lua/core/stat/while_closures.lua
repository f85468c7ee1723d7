-- locals declared inside a loop body are fresh on each iteration
local fns = {}
local i = 1
while i <= 3 do
  local j = i
  fns[i] = function() j = j + 100 return j end
  i = i + 1
end
print(fns[1](), fns[2](), fns[3](), fns[1]())
local gens = {}
local k = 0
repeat
  k = k + 1
  local captured = k
  gens[k] = function() return captured end
until k == 3
print(gens[1](), gens[2](), gens[3]())
-- but a variable declared outside the loop is shared
local shared = {}
local x = 0
for n = 1, 3 do
  x = x + 1
  shared[n] = function() return x end
end
print(shared[1](), shared[2](), shared[3]())
-- generic for: each iteration has its own control variable
local g = {}
for idx, val in ipairs({ "a", "b", "c" }) do
  g[idx] = function(suffix) val = val .. suffix return val end
end
print(g[1]("1"), g[2]("2"), g[1]("!"), g[3]("3"))
-- closures inside nested loops
local grid = {}
for r = 1, 2 do
  for c = 1, 2 do
    grid[#grid + 1] = function() return r * 10 + c end
  end
end
for _, f in ipairs(grid) do io.write(f(), " ") end
print()
