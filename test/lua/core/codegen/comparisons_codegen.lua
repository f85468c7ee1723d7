-- every comparison operator with constants/locals on either side, in values and conditions
local a, b = 3, 5
local function show(...) local t = {} for i = 1, select("#", ...) do t[i] = tostring((select(i, ...))) end return table.concat(t, " ") end
print(show(a < b, a <= b, a > b, a >= b, a == b, a ~= b))
print(show(3 < b, 3 <= b, 3 > b, 3 >= b, 3 == b, 3 ~= b))
print(show(a < 5, a <= 5, a > 5, a >= 5, a == 5, a ~= 5))
print(show(1 < 2, 2 <= 1, "a" < "b", "b" >= "a", nil == false, 1 ~= 1))
local r = {}
if a < b then r[#r + 1] = "lt" end
if not (a > b) then r[#r + 1] = "not gt" end
if a <= 3 and b >= 5 then r[#r + 1] = "range" end
if a == 3 or error("unreached") then r[#r + 1] = "eq" end
if a ~= b and b ~= a then r[#r + 1] = "ne" end
while a > b do end
repeat until a <= b
print(table.concat(r, ","))
local x = a < b and "yes" or "no"
local y = a > b and "yes" or "no"
print(x, y, (a < b) == true, (a > b) == false)
local s1, s2 = "abc", "abd"
print(show(s1 < s2, s1 <= s2, s1 > s2, s1 >= s2, s1 == s2, s1 ~= s2))
