-- an error in the resumer right after resume returned, uncaught: full traceback compared
local co = coroutine.create(function(x) local y = coroutine.yield(x + 1) return y end)
local function step(v)
  local ok, r = coroutine.resume(co, v)
  print("step", ok, r)
  return r.field
end
local function driver() step(1) end
driver()
