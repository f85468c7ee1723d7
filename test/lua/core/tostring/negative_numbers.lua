print(-1, -0.5, -1e100, -1e-100, -2^53, -123456789012345, -1/3)
print(tostring(-7), -7 .. "", ("%s"):format(-7.25))
print(-(-1), - - -1, -2 ^ 2, (-2) ^ 2, -2 ^ 0.5 ~= -2 ^ 0.5)
print(tonumber("-1"), tonumber("- 1"), tonumber("-.5"), tonumber("-5."), tonumber("-0x10"), tonumber("-1e2"))
local t = {}
t[-1] = "m1"
t[-1.5] = "m1.5"
print(t[-1], t[-1.5], t["-1"])
print(math.abs(-3), math.floor(-3.5), math.ceil(-3.5), -3.5 % 1, math.fmod(-3.5, 1))
