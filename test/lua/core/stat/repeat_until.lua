local i = 0
repeat i = i + 1 until i >= 5
print(i)
-- the condition sees locals declared in the body
local n = 0
repeat
  local done = n >= 3
  n = n + 1
until done
print(n)
local r = 0
repeat local x = r; r = r + 1 until x == 4
print(r)
-- body runs at least once
local runs = 0
repeat runs = runs + 1 until true
print(runs)
-- break inside repeat
local k = 0
repeat
  k = k + 1
  if k == 3 then break end
until false
print(k)
-- closures capturing a body local, checked by until
local fns = {}
local c = 0
repeat
  local v = c * 2
  fns[#fns + 1] = function() return v end
  c = c + 1
until v >= 6
print(#fns, fns[1](), fns[2](), fns[4]())
-- nested
local out = {}
local a = 0
repeat
  local b = 0
  repeat b = b + 1 until b >= a
  out[#out + 1] = b
  a = a + 1
until a > 3
print(table.concat(out, ","))
local v = "outer"
repeat local v = "inner" until v == "inner"
print(v)
