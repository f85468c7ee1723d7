-- upvalues must be closed when a block exits by any path (end of block, break, return)
local fns = {}
for i = 1, 3 do
  local v = i
  fns[#fns + 1] = function() return v end
  if i == 2 then break end
end
local i = 0
while true do
  i = i + 1
  local w = i * 10
  fns[#fns + 1] = function() w = w + 1 return w end
  if i >= 2 then break end
end
repeat
  local r = "repeat"
  fns[#fns + 1] = function() return r end
until true
do
  local d = "do block"
  fns[#fns + 1] = function() return d end
end
local function early(flag)
  local e = flag and "early" or "late"
  local f = function() return e end
  if flag then return f end
  e = e .. "!"
  return f
end
fns[#fns + 1] = early(true)
fns[#fns + 1] = early(false)
for k, f in ipairs(fns) do io.write(tostring(f()), " ") end
print()
print(fns[3](), fns[3](), fns[4]())
-- a loop body that creates a closure only on some iterations
local kept = {}
for j = 1, 6 do
  local val = j * j
  if j % 2 == 0 then kept[#kept + 1] = function() return val end end
end
for _, f in ipairs(kept) do io.write(f(), " ") end
print()
-- repeat-until condition referring to a captured local
local k = 0
local caps = {}
repeat
  k = k + 1
  local cur = k
  caps[#caps + 1] = function() return cur end
until cur >= 3
print(caps[1](), caps[2](), caps[3]())
