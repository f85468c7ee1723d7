-- debug.getinfo fields (never the function value itself)
local function show(info)
  local keys = {}
  for k in pairs(info) do if k ~= "func" and k ~= "activelines" then keys[#keys + 1] = k end end
  table.sort(keys)
  local out = {}
  for _, k in ipairs(keys) do out[#out + 1] = k .. "=" .. tostring(info[k]) end
  return table.concat(out, " ")
end
local function target(a, b)
  local x = a + b
  return debug.getinfo(1, "nSlu")
end
print(show(target(1, 2)))
print(show(debug.getinfo(1, "nSlu")))
print(show(debug.getinfo(target, "S")))
print(show(debug.getinfo(print, "nSlu")))
print(show(debug.getinfo(string.format, "S")))
local function twolines()
  return 1
end
print(show(debug.getinfo(twolines, "S")))
print(show(debug.getinfo(function() end, "S")))
local up1, up2 = 1, 2
local function withups() return up1 + up2 end
print(show(debug.getinfo(withups, "u")))
print(debug.getinfo(1, "f").func ~= nil, debug.getinfo(target, "f").func == target)
print(debug.getinfo(100))
print(show(debug.getinfo(1, "")))
