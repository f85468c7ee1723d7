-- uncaught error propagated through coroutine.wrap
local gen = coroutine.wrap(function() local t = nil; return #t end)
gen()
