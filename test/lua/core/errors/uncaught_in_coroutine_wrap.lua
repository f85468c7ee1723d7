-- an error inside a coroutine.wrap generator propagates to the caller with the position prefix
local gen = coroutine.wrap(function()
  coroutine.yield("first")
  local t = nil
  return t.field
end)
print(gen())
print(gen())
