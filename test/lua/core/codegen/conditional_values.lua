-- and/or/not/comparisons used as values and as conditions, with falsy values in every position
local vals = { false, nil, 0, "" }
local names = { "false", "nil", "0", "''" }
for i = 1, 4 do
  for j = 1, 4 do
    local a, b = vals[i], vals[j]
    local r1 = a and b
    local r2 = a or b
    local r3 = not a and b
    local r4 = (a and "A") or (b and "B") or "none"
    local r5 = a == b
    io.write(names[i], ",", names[j], ": ", tostring(r1), " ", tostring(r2), " ", tostring(r3), " ", r4, " ", tostring(r5), "\n")
  end
end
local x, y, z = 1, nil, false
local t = { x and y, x or y, y or z, z or y, x and z or "d", not y, not not x, x < 2, x == 1 and y == nil }
for i = 1, 9 do io.write(tostring(t[i]), " ") end
print()
if (x and y) or (x and not z) then print("branch 1") end
if not (x and not y) then print("not reached") else print("branch 2") end
while y or z do print("never") end
repeat local done = x or y until done
local function pick(c) return c and "yes" or "no" end
print(pick(x), pick(y), pick(z), pick(x < 0), pick(0))
local cmp = { 1 < 2, 2 < 1, "a" <= "b", 1 ~= 1, not (1 == 1) }
for i = 1, 5 do io.write(tostring(cmp[i]), " ") end
print()
local n = 5
local sign = n > 0 and 1 or n < 0 and -1 or 0
print(sign, (-n > 0) and 1 or (-n < 0) and -1 or 0)
local result = (x and y) == nil and "nil-and" or "other"
print(result)
