-- getlocal in functions with varargs, loops and nested blocks
local function f(a, ...)
  local t = { ... }
  for i = 1, 2 do
    local inner = i * 10
    local names = {}
    local j = 1
    while true do
      local n, v = debug.getlocal(1, j)
      if not n then break end
      if n:sub(1, 1) ~= "(" then names[#names + 1] = n end
      j = j + 1
    end
    print(i, table.concat(names, ","))
  end
end
f(1, 2, 3)
local function g(x, y)
  print(debug.getlocal(1, 1), debug.getlocal(1, 2))
  debug.setlocal(1, 2, "replaced")
  return y
end
print(g("X", "Y"))
local function usesvararg(...)
  local n = select("#", ...)
  local name = debug.getlocal(1, 1)
  return name, n
end
print(usesvararg(1, 2))
