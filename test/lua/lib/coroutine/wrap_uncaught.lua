-- an uncaught error from a wrapped coroutine ends the script
local w = coroutine.wrap(function()
  coroutine.yield("first")
  error("wrapped failure")
end)
print(w())
print(w())
print("never")
