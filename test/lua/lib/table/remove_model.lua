-- random-position inserts and removes checked against a simple model
local seed = 99
local function rnd(n) seed = (seed * 16807) % 2147483647 return seed % n end
local t, model = {}, {}
local ops = 0
for step = 1, 600 do
  if #t == 0 or rnd(3) > 0 then
    local pos = rnd(#t + 1) + 1
    table.insert(t, pos, step)
    local m = {}
    for i = 1, pos - 1 do m[#m + 1] = model[i] end
    m[#m + 1] = step
    for i = pos, #model do m[#m + 1] = model[i] end
    model = m
  else
    local pos = rnd(#t) + 1
    local a = table.remove(t, pos)
    local b = model[pos]
    local m = {}
    for i = 1, #model do if i ~= pos then m[#m + 1] = model[i] end end
    model = m
    if a ~= b then print("mismatch at step", step) end
  end
  ops = ops + 1
end
local same = #t == #model
for i = 1, #t do if t[i] ~= model[i] then same = false end end
print(ops, #t, same, table.concat(t, ",", 1, 10))
