-- uncaught error raised inside a C function's callback
local t = { 3, 1, 2 }
table.sort(t, function(a, b) return a.x < b.x end)
