local function lvl(n) error("at level " .. tostring(n), n) end
local function caller(n) lvl(n) end
print(pcall(lvl, 0))
print(pcall(lvl, 1))
print(pcall(caller, 1))
print(pcall(caller, 2))
print(pcall(caller, 3))
print(pcall(function() caller(3) end))
print(pcall(error, "direct"))
print(pcall(error, "direct level 2", 2))
print(pcall(function() error("default level") end))
print(pcall(function() error("level 1", 1) end))
print(pcall(function() error("level 2", 2) end))
print(pcall(function() error("huge level", 50) end))
print(pcall(function() error("negative level", -1) end))
local function validate(x) if type(x) ~= "number" then error("expected a number, got " .. type(x), 2) end return x end
local function use() return validate("s") end
print(pcall(use))
local function use2()
  local v = validate({})
  return v
end
print(pcall(use2))
