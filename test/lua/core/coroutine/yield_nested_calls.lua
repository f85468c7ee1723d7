-- yield from deep inside ordinary Lua calls
local function deep(n)
  if n == 0 then return coroutine.yield("bottom") end
  return deep(n - 1) .. "<" .. n
end
local co = coroutine.create(function() return deep(5) end)
print(coroutine.resume(co))
print(coroutine.resume(co, "resumed"))
-- yield inside a generic for body (lua5.1 cannot yield inside the iterator function itself)
local co2 = coroutine.wrap(function()
  local function iter(_, i) if i < 3 then return i + 1 end end
  for i in iter, nil, 0 do coroutine.yield("body " .. i) end
  for k, v in ipairs({ "x", "y" }) do coroutine.yield(k .. v) end
  return "end"
end)
for i = 1, 6 do print(co2()) end
-- yield inside while/repeat and with upvalues
local counter = 0
local co3 = coroutine.wrap(function()
  repeat counter = counter + 1 coroutine.yield(counter) until counter >= 3
  return "loop done"
end)
print(co3(), co3(), co3(), co3())
-- a coroutine's locals survive across yields
local co4 = coroutine.wrap(function()
  local t = {}
  for i = 1, 3 do t[i] = coroutine.yield(#t) end
  return table.concat(t, "+")
end)
print(co4(), co4("a"), co4("b"), co4("c"))
