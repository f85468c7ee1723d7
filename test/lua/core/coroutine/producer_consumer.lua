local function producer(items)
  return coroutine.create(function()
    for _, item in ipairs(items) do coroutine.yield(item) end
    return nil
  end)
end
local function filter(src, pred)
  return coroutine.create(function()
    while true do
      local ok, v = coroutine.resume(src)
      if not v then return nil end
      if pred(v) then coroutine.yield(v) end
    end
  end)
end
local function consume(src)
  local got = {}
  while true do
    local ok, v = coroutine.resume(src)
    if not v then break end
    got[#got + 1] = v
  end
  return got
end
local p = producer({ 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 })
local f = filter(p, function(x) return x % 3 ~= 0 end)
print(table.concat(consume(f), " "))
-- values passed both ways
local acc = coroutine.create(function(first)
  local total = first
  while true do
    local v = coroutine.yield(total)
    if v == nil then break end
    total = total + v
  end
  return "final", total
end)
print(coroutine.resume(acc, 10))
print(coroutine.resume(acc, 5))
print(coroutine.resume(acc, 7))
print(coroutine.resume(acc))
print(coroutine.status(acc))
