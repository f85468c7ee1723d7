-- Coroutine switches: ns per resume+yield round trip, timed inside the script with os.clock
-- (startup excluded), best of 5 repetitions. usage: coroutine-switch.lua [n]
-- Prints one line per case: "<case> <ns per round trip>", then a checksum line.
local n = tonumber(arg and arg[1]) or 1000000
local create, resume, yield, wrap = coroutine.create, coroutine.resume, coroutine.yield, coroutine.wrap

local cases = {}
-- resume(co, v) / yield(v): one value each way
cases[1] = { "resume-yield", function()
  local co = create(function(x) while true do x = yield(x + 1) end end)
  local v = 0
  for _ = 1, n do local _, r = resume(co, v) v = r end
  return v
end }
-- a wrap function called directly
cases[2] = { "wrap-call", function()
  local f = wrap(function(x) while true do x = yield(x + 1) end end)
  local v = 0
  for _ = 1, n do v = f(v) end
  return v
end }
-- a wrap generator as generic-for iterator (the body keeps the last value: loop bodies here stay
-- small integers, so the figure is the switch and not number boxing in a growing sum)
cases[3] = { "wrap-for", function()
  local last = 0
  for i in wrap(function() for i = 1, n do yield(i) end end) do last = i end
  return last
end }

local sum = 0
for _, c in ipairs(cases) do
  local best = math.huge
  for _ = 1, 5 do
    local t0 = os.clock()
    sum = sum + c[2]()
    local t = os.clock() - t0
    if t < best then best = t end
  end
  print(string.format("%s %.1f", c[1], best / n * 1e9))
end
print("checksum: " .. sum)
