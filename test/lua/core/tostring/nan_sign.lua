-- lua5.1 prints NaN with printf("%.14g"), which shows the sign bit: on x86 the NaN produced by
-- an invalid operation (0/0, inf-inf, inf*0) has the sign bit set and prints "-nan";
-- negating it, or math.abs, gives "nan". Operations propagate the NaN operand's sign.
local zero, one = 0, 1
local inf = one / zero
local nan = zero / zero
print(nan, -nan, - -nan, math.abs(nan), -math.abs(nan))
print(inf - inf, inf * 0, 0 * -inf, inf / inf, -(inf - inf))
print(nan + 1, 1 + nan, nan * 2, -nan * 2, nan - nan)
print(math.sqrt(-1), math.log(-1), math.acos(2), math.fmod(1, 0))
print(5 % 0, -5 % 0, 5 % inf, (-nan) % 2)
print(tostring(nan), nan .. "", string.format("%f", nan), string.format("%g", -nan))
print(tonumber("nan"), tonumber("-nan"), -tonumber("nan"))
local t = { nan, -nan }
print(t[1], t[2])
print(math.max(nan, 1), math.min(1, nan))
print(math.floor(nan), math.ceil(-nan))
print(nan ^ 0, nan ^ 1, 1 ^ nan)
