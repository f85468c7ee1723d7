-- yield from deep inside nested Lua function calls
local function deep(n)
  if n == 0 then
    local v = coroutine.yield("bottom")
    return v
  end
  local r = deep(n - 1)
  return r + 1
end
local co = coroutine.create(function() return deep(50) end)
print(coroutine.resume(co))
print(coroutine.resume(co, 100))
local function visit(tree)
  if type(tree) == "table" then
    for _, child in ipairs(tree) do visit(child) end
  else
    coroutine.yield(tree)
  end
end
local tree = { 1, { 2, { 3, 4 }, 5 }, { { { 6 } } }, 7 }
local leaves = {}
for leaf in coroutine.wrap(function() visit(tree) end) do leaves[#leaves + 1] = leaf end
print(table.concat(leaves, " "))
local function recurse_yield(n)
  if n > 0 then
    coroutine.yield(n)
    recurse_yield(n - 1)
    coroutine.yield(-n)
  end
end
local out = {}
for v in coroutine.wrap(function() recurse_yield(4) end) do out[#out + 1] = v end
print(table.concat(out, " "))
