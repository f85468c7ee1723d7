local t = { 10, 20, 30, x = "a", y = "b", [100] = "h", [-1] = "neg", [1.5] = "f" }
local items = {}
for k, v in pairs(t) do items[#items + 1] = tostring(k) .. "=" .. tostring(v) end
table.sort(items)
print(#items, table.concat(items, " "))
-- assigning to existing fields during traversal is allowed
for k, v in pairs(t) do if type(v) == "number" then t[k] = v * 2 end end
print(t[1], t[2], t[3])
-- clearing fields during traversal is allowed
for k in pairs(t) do if type(k) == "string" then t[k] = nil end end
print(t.x, t.y, t[100])
local n = 0
for _ in pairs(t) do n = n + 1 end
print(n)
-- empty table
for k, v in pairs({}) do print("never") end
-- pairs returns next, t, nil
local f, s, c = pairs(t)
print(f == next, s == t, c)
-- array part visited in order by pairs when there is no hash part
local seq = {}
for i = 1, 10 do seq[i] = i * i end
local order = {}
for k, v in pairs(seq) do order[#order + 1] = k end
print(table.concat(order, ","))
-- next
print(next({}), next({}, nil))
print(next({ "only" }))
local k1 = next({ a = 1 })
print(k1)
print(pcall(next, {}, "nokey"))
print(pcall(next))
print(pcall(pairs))
print(pcall(pairs, nil))
