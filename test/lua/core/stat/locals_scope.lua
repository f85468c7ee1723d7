local x = "outer"
do
  local x = "inner"
  print(x)
  do
    local x = x .. "most"
    print(x)
  end
  print(x)
end
print(x)
local x = x .. "-shadowed"
print(x)
local y = 1
local y = y + 1
print(y)
local z
print(z)
local a, a2 = 1
print(a, a2)
do local only_here = 5 end
print(only_here)
local function f() return x end
local x = "later"
print(f(), x)
for i = 1, 2 do local x = i * 10 print(x) end
print(x)
local t = {}
for i = 1, 3 do
  local v = i
  t[i] = function() return v end
end
print(t[1](), t[2](), t[3]())
if true then local x = "in if" print(x) end
print(x)
local n = 0
while n < 2 do local x = "w" .. n; n = n + 1; print(x) end
print(x)
