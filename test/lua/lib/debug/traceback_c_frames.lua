-- C functions appear in tracebacks
local function show() print(debug.traceback("tb")) return false end
table.sort({ 2, 1 }, function(a, b) return show() end)
string.gsub("x", "x", function() show() end)
pcall(show)
local t = setmetatable({}, { __index = function() show() end })
local _ = t.key
local ok = xpcall(show, print)
for _ in (function() show() return nil end) do end
