print(1 == 1, 1 == 2, "a" == "a", "a" == "b", nil == nil, true == true)
print(1 == "1", 0 == false, "" == false, nil == false, {} == "table")
local a, b = {}, {}
print(a == a, a == b, a ~= b)
local function mk() return function() end end
local f1, f2 = mk(), mk()
print(f1 == f1, f1 == f2)
local function k() return 1 end
print(k == k, print == print, print == io.write)
print("abc" == "ab" .. "c", ("x"):rep(100) == ("x"):rep(100))
print("a\0b" == "a\0b", "a\0b" == "a\0c", "a" == "a\0")
print(0 == 0.0, 1/0 == 1/0, 2^53 == 2^53 + 1, 0.1 + 0.2 == 0.3)
print(math.huge == 1/0, -math.huge == -1/0)
local co1 = coroutine.create(function() end)
print(co1 == co1, co1 == coroutine.create(function() end))
print(rawequal(a, a), rawequal(a, b), rawequal(1, 1.0), rawequal("x", "x"), rawequal(1, "1"))
local s1 = "hello world"
local s2 = "hello " .. "world"
print(s1 == s2, rawequal(s1, s2))
print(not (1 ~= 1), not (a ~= a))
