-- a round-robin scheduler over many coroutines
local tasks, log = {}, {}
local function spawn(name, steps)
  tasks[#tasks + 1] = { name = name, co = coroutine.create(function()
    for i = 1, steps do
      log[#log + 1] = name .. i
      coroutine.yield()
    end
    return name .. " done"
  end) }
end
spawn("a", 3)
spawn("b", 1)
spawn("c", 4)
spawn("d", 2)
local finished = {}
while #tasks > 0 do
  local i = 1
  while i <= #tasks do
    local t = tasks[i]
    local ok, res = coroutine.resume(t.co)
    if coroutine.status(t.co) == "dead" then
      finished[#finished + 1] = res
      table.remove(tasks, i)
    else
      i = i + 1
    end
  end
end
print(table.concat(log, " "))
print(table.concat(finished, ", "))
