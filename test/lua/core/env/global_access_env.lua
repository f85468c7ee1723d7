-- global reads and writes go through the current function's environment table
local log = {}
local env = setmetatable({}, {
  __index = function(t, k) log[#log + 1] = "get:" .. k return _G[k] end,
  __newindex = function(t, k, v) log[#log + 1] = "set:" .. k rawset(t, k, v) end,
})
local function body()
  local s = tostring(1)
  g1 = s
  g1 = g1 .. "x"
  return g1, type(g2)
end
setfenv(body, env)
print(body())
print(table.concat(log, " "))
-- function declarations are global assignments too
local decl = loadstring("function declared() return 'd' end local function notglobal() end")
local denv = {}
setfenv(decl, denv)
decl()
print(type(denv.declared), denv.notglobal, declared)
