-- a strict mode for globals built from __index/__newindex on _G
local declared = {}
setmetatable(_G, {
  __newindex = function(t, k, v)
    if not declared[k] then error("assign to undeclared global '" .. tostring(k) .. "'", 2) end
    rawset(t, k, v)
  end,
  __index = function(_, k) error("read of undeclared global '" .. tostring(k) .. "'", 2) end,
})
local function declare(name, v) declared[name] = true rawset(_G, name, v) end
declare("allowed", 1)
print(allowed)
allowed = 2
print(allowed)
print(pcall(function() undeclared = 1 end))
print(pcall(function() return undeclared_read end))
print(rawget(_G, "undeclared"))
-- existing globals are unaffected
print(type(print), type(string))
setmetatable(_G, nil)
print(nothing_here)
