local code = [[
  total = 0
  for i = 1, n do total = total + i end
  result = "sum of 1.." .. n .. " is " .. total
  return print, os
]]
local env = { n = 10 }
local chunk = assert(loadstring(code, "=sandbox"))
setfenv(chunk, env)
print(chunk())
print(env.result, env.total, total, result)
-- errors inside the sandbox refer to sandbox names
local bad = loadstring("return string.upper('x')", "=sandbox")
setfenv(bad, {})
print(pcall(bad))
local bad2 = loadstring("print('hi')", "=sandbox")
setfenv(bad2, {})
print(pcall(bad2))
-- a whitelist sandbox
local safe = { print = print, tostring = tostring, math = { floor = math.floor } }
local ok = loadstring("print(tostring(math.floor(2.5)), io)")
setfenv(ok, safe)
ok()
-- the same chunk run in two environments
local counter = loadstring("count = (count or 0) + 1 return count")
local e1, e2 = {}, {}
setfenv(counter, e1) counter() counter()
setfenv(counter, e2) counter()
print(e1.count, e2.count)
