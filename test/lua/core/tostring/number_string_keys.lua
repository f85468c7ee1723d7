local t = {}
for i = 1, 5 do t[tostring(i)] = i; t[i] = -i end
local sk, nk = 0, 0
for k, v in pairs(t) do if type(k) == "string" then sk = sk + v else nk = nk + v end end
print(sk, nk)
print(t["1"], t[1], t["1.0"], t[1.0])
t["1.0"] = "one point zero"
print(t["1.0"], t[1])
print(t[tonumber("3")], t[tostring(3)])
print(t["0x1"], t[0x1])
