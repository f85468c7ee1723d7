-- shadowing across nested functions and blocks
local v = "chunk"
local function f()
  local v = "f"
  local function g()
    local r = v
    do local v = "g-do" r = r .. "," .. v end
    return r .. "," .. v
  end
  return g()
end
print(f(), v)
local results = {}
for i = 1, 2 do
  local v = v .. i
  results[#results + 1] = v
  do
    local v = v .. "!"
    results[#results + 1] = v
  end
end
print(table.concat(results, " "))
local t = {}
do
  local x = 1
  function t.get() return x end
  function t.set(n) x = n end
end
t.set(42)
print(t.get(), x)
local a = 1
do local a = a + 1; do local a = a + 1; print(a) end; print(a) end
print(a)
