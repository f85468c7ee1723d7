-- producer/filter/consumer pipeline
local function producer(items)
  return coroutine.create(function()
    for _, it in ipairs(items) do coroutine.yield(it) end
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
  local out = {}
  while true do
    local ok, v = coroutine.resume(src)
    if not v then break end
    out[#out + 1] = v
  end
  return out
end
local nums = {}
for i = 1, 30 do nums[i] = i end
local evens = filter(producer(nums), function(x) return x % 2 == 0 end)
local div3 = filter(evens, function(x) return x % 3 == 0 end)
print(table.concat(consume(div3), " "))
local words = filter(producer({ "apple", "kiwi", "banana", "fig", "cherry" }), function(w) return #w > 3 end)
print(table.concat(consume(words), " "))
