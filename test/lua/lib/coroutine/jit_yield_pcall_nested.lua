-- ref: luajit
-- yields across several nested pcalls, values passed both ways
local gen = coroutine.wrap(function()
  local r = { pcall(pcall, function()
    local a = coroutine.yield(1)
    local b = select(2, pcall(function() return coroutine.yield(a + 1) end))
    return a + b
  end) }
  print("nested result", r[1], r[2], r[3])
  return "last"
end)
print(gen())
print(gen(10))
print(gen(20))
