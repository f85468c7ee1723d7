local i = 0
while i < 5 do i = i + 1 end
print(i)
local s = 0
local n = 10
while n > 0 do s = s + n; n = n - 1 end
print(s, n)
while false do print("never") end
local j = 0
while true do
  j = j + 1
  if j == 7 then break end
end
print(j)
local a, b = 0, 1
while b < 1000 do a, b = b, a + b end
print(a, b)
local k = 0
while k < 3 do
  local inner = 0
  while inner < 3 do inner = inner + 1; if inner == 2 then break end end
  k = k + 1
  io.write(k, ":", inner, " ")
end
print()
local t = { 5, 4, 3, 2, 1 }
local idx = 1
while t[idx] do idx = idx + 1 end
print(idx)
local cond_calls = 0
local function cond() cond_calls = cond_calls + 1 return cond_calls <= 3 end
while cond() do end
print(cond_calls)
