-- string.dump preserves the behaviour of many kinds of functions
local function roundtrip(f, ...) return loadstring(string.dump(f))(...) end
print(roundtrip(function(a, b) return a .. b end, "x", "y"))
print(roundtrip(function(...) return select("#", ...) end, 1, 2, 3))
print(roundtrip(function(n) local s = 0 for i = 1, n do s = s + i end return s end, 100))
print(roundtrip(function(t) local o = {} for k, v in pairs(t) do o[#o + 1] = k end table.sort(o) return table.concat(o) end, { c = 1, a = 2, b = 3 }))
print(roundtrip(function(s) return (s:gsub("%a", string.upper)) end, "dumped"))
print(roundtrip(function() local f = function(x) return x * x end return f(12) end))
print(roundtrip(function() return 0.1 + 0.2 == 0.3, 2^53, "\0\1\2" == "\0\1\2" end))
print(roundtrip(function() local co = coroutine.wrap(function() coroutine.yield(1) return 2 end) return co(), co() end))
print(pcall(roundtrip, function() error("from dumped", 0) end))
print(pcall(roundtrip, function() error("with position") end))
