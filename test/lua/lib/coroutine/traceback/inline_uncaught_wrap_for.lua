-- an error inside a wrap iterator of a generic for, uncaught: full traceback compared
local function items()
  return coroutine.wrap(function()
    coroutine.yield("one")
    coroutine.yield("two")
    local t = nil
    coroutine.yield(t.three)
  end)
end
for v in items() do print("item", v) end
