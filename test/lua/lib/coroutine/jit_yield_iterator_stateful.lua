-- ref: luajit
-- a stateful iterator that yields to a driver between elements
local function each_slowly(t)
  local i = 0
  return function()
    i = i + 1
    if t[i] == nil then return nil end
    coroutine.yield("tick")
    return i, t[i]
  end
end
local ticks = 0
local co = coroutine.wrap(function()
  local out = {}
  for i, v in each_slowly({ "a", "b", "c" }) do
    out[#out + 1] = i .. v
    for j, w in each_slowly({ "x", "y" }) do out[#out + 1] = j .. w end
  end
  return table.concat(out, ",")
end)
local r = co()
while r == "tick" do ticks = ticks + 1 r = co() end
print(ticks, r)
