local function classify(n)
  if n < 0 then return "negative"
  elseif n == 0 then return "zero"
  elseif n < 10 then return "small"
  elseif n < 100 then return "medium"
  else return "large" end
end
for _, n in ipairs({ -5, 0, 3, 42, 1000 }) do print(n, classify(n)) end
local function first_true(a, b, c)
  if a then return "a" elseif b then return "b" elseif c then return "c" end
  return "none"
end
print(first_true(nil, false, 0), first_true(false, "", nil), first_true(1), first_true())
if false then print("never") end
if nil then else print("else branch") end
if 1 then if 2 then if nil then else print("nested else") end end end
local x = 5
if x > 3 then x = x * 2 end
print(x)
if x == 10 then
  print("ten")
elseif x == 10 then
  print("never reached")
end
local count = 0
local function side() count = count + 1 return false end
if side() then elseif side() then elseif side() then else count = count + 100 end
print(count)
