print("a" .. "b" .. "c", 1 .. 2, 1.5 .. "", -0.5 .. "x")
print(2^53 .. "", 1e100 .. "", 1/0 .. "", -1/0 .. "")
print(0.1 .. "", 1/3 .. "", 100 .. "", 1e15 .. "", 1e16 .. "")
print("x" .. 1 + 2, 1 + 2 .. "x")
print("a" .. "b" == "ab", "ab" .. "" == "ab")
local parts = {}
for i = 1, 10 do parts[#parts + 1] = i .. "" end
print(table.concat(parts))
local s = ""
for i = 1, 20 do s = s .. i % 10 end
print(s, #s)
print(pcall(function() return "a" .. nil end))
print(pcall(function() return "a" .. {} end))
print(pcall(function() return true .. "a" end))
print(pcall(function() return "a" .. print end))
print(pcall(function() local t = {} return t.x .. "a" end))
print("a" .. "b" .. "c" .. "d" .. "e" .. 1 .. 2 .. 3)
print(("x"):rep(3) .. ("y"):rep(2))
print(#("abc" .. "def"), ("\0" .. "\0"):len())
print(10 .. 20 + 1)
print(-2 .. -3)
