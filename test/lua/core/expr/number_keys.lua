local t = {}
t[1] = "int"; print(t[1.0], t["1"])
t["1"] = "str"; print(t[1], t["1"])
t[1.5] = "float"; print(t[1.5], t[3/2])
local z0 = 0
t[-1] = "neg"; t[0] = "zero"; print(t[-1], t[0], t[-z0])
t[2^53] = "big"; print(t[2^53], t[2^53 + 1])
t[1e300] = "huge"; print(t[1e300], t[1e300 * 1])
t[10 / 2] = "five"; print(t[5], t["5"])
local n = 0
for k, v in pairs(t) do n = n + 1 end
print(n)
local keys = {}
for k in pairs(t) do keys[#keys + 1] = type(k) .. ":" .. tostring(k) end
table.sort(keys)
print(table.concat(keys, " "))
t = {}
for i = 1, 10 do t[i * 0.5] = i end
print(t[0.5], t[1], t[2.5], t[5])
t = { [1] = "a", [1.0] = "b" }
print(t[1])
local s = {}
s[true] = 1; s[false] = 0
print(s[true], s[false], s[1 == 1])
local f = print
s[f] = "fn"; print(s[print])
s[s] = "self"; print(s[s])
t = {}
t[0.1 + 0.2] = "x"
print(t[0.3], t[0.1 + 0.2])
