-- table.insert with positions outside 1..#t+1 (no bounds check in 5.1)
local function dump(t)
  local keys = {}
  for k in pairs(t) do keys[#keys + 1] = k end
  table.sort(keys)
  local o = {}
  for _, k in ipairs(keys) do o[#o + 1] = k .. "=" .. tostring(t[k]) end
  return table.concat(o, " ")
end
local t = { 1, 2, 3 }
table.insert(t, 10, "x")
print(dump(t))
t = { 1, 2, 3 }
table.insert(t, 0, "x")
print(dump(t))
t = { 1, 2, 3 }
table.insert(t, -2, "x")
print(dump(t))
t = {}
table.insert(t, 5, "only")
print(dump(t))
t = { 1, 2, 3 }
table.insert(t, 5, "gap")
print(dump(t))
