-- cyclic garbage is collected without disturbing live data
local live = {}
for round = 1, 5 do
  for i = 1, 2000 do
    local a, b = {}, {}
    a.other, b.other = b, a
    a.self = a
  end
  local keep = { round = round }
  keep.me = keep
  live[round] = keep
  collectgarbage()
end
local ok = true
for round = 1, 5 do if live[round].me.me.round ~= round then ok = false end end
print(ok, #live)
local closures = {}
for i = 1, 1000 do
  local t = {}
  t.f = function() return t end
  if i % 100 == 0 then closures[#closures + 1] = t end
end
collectgarbage()
local sum = 0
for _, t in ipairs(closures) do if t.f() == t then sum = sum + 1 end end
print(sum)
print(collectgarbage("count") > 0)
