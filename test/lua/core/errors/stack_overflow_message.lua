-- the message carries the position of the function that overflowed
local function f() return 1 + f() end
local ok, err = pcall(f)
print(ok, (string.gsub(err, "%d+", "N")))
-- runaway recursion through a metamethod
local t = setmetatable({}, {})
getmetatable(t).__index = function(tbl, k) return tbl[k .. "x"] end
ok, err = pcall(function() return t.a end)
print(ok, string.find(err, "stack overflow", 1, true) ~= nil)
-- through string.gsub callbacks
local function g(s) return (string.gsub(s, ".", g)) end
ok, err = pcall(g, "a")
print(ok, string.find(err, "stack overflow", 1, true) ~= nil)
