-- coroutine bodies ending in tail calls and returning varargs of other functions
local function three() return 1, 2, 3 end
local w = coroutine.wrap(function() coroutine.yield(three()) return three() end)
print(w())
print(w())
local function finish(...) return "finished", select("#", ...), ... end
local co = coroutine.create(function(...) local x = coroutine.yield(...) return finish(x, nil) end)
print(coroutine.resume(co, "a", "b"))
print(coroutine.resume(co, "X"))
local rec = coroutine.wrap(function(n)
  local function loop(i) if i > n then return "done " .. i end coroutine.yield(i) return loop(i + 1) end
  return loop(1)
end)
print(rec(3), rec(), rec(), rec())
