-- yields from inside while, repeat, numeric for and nested blocks keep loop state
local co = coroutine.wrap(function()
  local i = 0
  while i < 3 do
    i = i + 1
    coroutine.yield("while " .. i)
  end
  repeat
    i = i - 1
    coroutine.yield("repeat " .. i)
  until i == 0
  for j = 10, 1, -4 do
    for k = 1, 2 do
      coroutine.yield("for " .. j .. "." .. k)
    end
  end
  for _, v in ipairs({ "x", "y" }) do
    do
      local inner = v .. v
      coroutine.yield("ipairs " .. inner)
    end
  end
  return "done"
end)
local r
repeat r = co() print(r) until r == "done"
