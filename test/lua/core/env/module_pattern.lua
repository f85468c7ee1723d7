-- a private environment per module, with access to globals through __index
local function define_module(body)
  local M = {}
  local env = setmetatable({}, { __index = function(_, k) local v = M[k] if v ~= nil then return v end return _G[k] end,
                                   __newindex = M })
  setfenv(body, env)
  body()
  return M
end
local mod = define_module(function()
  local secret = "hidden"
  function public() return "public sees " .. secret end
  counter = 0
  function bump() counter = counter + 1 return counter end
  VERSION = tostring(1.5)
end)
print(mod.public(), mod.bump(), mod.bump(), mod.counter, mod.VERSION)
print(public, counter, secret)
local keys = {}
for k in pairs(mod) do keys[#keys + 1] = k end
table.sort(keys)
print(table.concat(keys, " "))
