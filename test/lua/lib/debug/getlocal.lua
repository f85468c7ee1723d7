-- debug.getlocal / setlocal
local function f(a, b)
  local c = a + b
  local names = {}
  local i = 1
  while true do
    local name, value = debug.getlocal(1, i)
    if not name then break end
    names[#names + 1] = name .. "=" .. (type(value) == "table" and "table" or tostring(value))
    i = i + 1
  end
  return table.concat(names, " ")
end
print(f(1, 2))
local function g()
  local x = 10
  local y = 20
  print(debug.setlocal(1, 1, 99))
  print(debug.setlocal(1, 5, 0))
  return x, y
end
print(g())
local function h(...)
  local z = 1
  return debug.getlocal(1, 1), debug.getlocal(1, 2)
end
print(h(7, 8))
local function caller()
  local secret = "hidden"
  local function callee() return debug.getlocal(2, 1) end
  return callee()
end
print(caller())
print(pcall(debug.getlocal, 100, 1))
print(debug.getlocal(1, 100))
print(pcall(debug.getlocal, 1))
do
  local block = "in block"
  print(debug.getlocal(1, 5))
end
