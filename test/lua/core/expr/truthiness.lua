local vals = { {nil, "nil"}, {false, "false"}, {true, "true"}, {0, "0"}, {"", "''"}, {{}, "{}"},
  {0/0, "nan"}, {"false", "'false'"}, {print, "print"} }
for i = 1, #vals do
  local v, name = vals[i][1], vals[i][2]
  local r1, r2, r3
  if v then r1 = "if:yes" else r1 = "if:no" end
  r2 = v and "and:v" or "and:fallback"
  local n = 0
  while v and n < 1 do n = n + 1 end
  r3 = "while:" .. n
  local m = 0
  repeat m = m + 1 until v or m >= 2
  print(name, r1, r2, r3, "repeat:" .. m, not v)
end
if nil then print("x") elseif false then print("y") elseif 0 then print("zero is true") end
local x = nil
if not x then print("not nil") end
if x == nil then print("is nil") end
if x ~= false then print("nil ~= false") end
