x = "global x"
local function change_mine()
  setfenv(1, { print = print, x = "private x" })
  print(x)
end
change_mine()
print(x)
-- level 2 changes the caller
local function change_caller(env) setfenv(2, env) end
local function victim()
  change_caller({ print = print, x = "victim env" })
  print(x)
end
victim()
victim()
print(x)
-- setfenv returns the function at that level
local function ret()
  local f = setfenv(1, getfenv(1))
  return type(f)
end
print(ret())
-- invalid levels
print(pcall(setfenv, 100, {}))
print(pcall(setfenv, -1, {}))
local function direct() setfenv(50, {}) end
print(pcall(direct))
-- getfenv through levels
local function inner() return getfenv(2).tag end
local function outer() local r = inner() return r end
setfenv(outer, { tag = "outer env" })
print(outer())
