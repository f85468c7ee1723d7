local t = { "a", "b", "c", nil, "e" }
for i, v in ipairs(t) do io.write(i, v, " ") end
print()
for i, v in ipairs({}) do print("never") end
for i, v in ipairs({ [2] = "x" }) do print("never") end
for i, v in ipairs({ [0] = "zero", "one", "two" }) do io.write(i, v, " ") end
print()
local h = { "p", "q", n = 5, [4] = "skip" }
for i, v in ipairs(h) do io.write(i, v, " ") end
print()
-- lua 5.1 ipairs is raw: __index is not consulted
local proxy = setmetatable({}, { __index = function(_, i) if i <= 3 then return i * 10 end end })
local count = 0
for i, v in ipairs(proxy) do count = count + 1 end
print(count, proxy[1])
local f, s, c = ipairs(t)
print(type(f), s == t, c)
print(f(t, 0))
print(f(t, 2))
print(f(t, 3))
print(pcall(ipairs))
print(pcall(ipairs, nil))
print(pcall(ipairs, "str"))
-- modification during ipairs
local arr = { 1, 2, 3 }
local seen = {}
for i, v in ipairs(arr) do
  seen[#seen + 1] = v
  if i == 1 then arr[4] = 4 end
  if i == 2 then arr[3] = "three" end
end
print(table.concat(seen, ","))
