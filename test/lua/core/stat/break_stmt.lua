for i = 1, 10 do
  if i > 3 then break end
  io.write(i, " ")
end
print()
local i = 0
while true do i = i + 1 if i >= 5 then break end end
print(i)
repeat break until false
print("after repeat")
for a = 1, 3 do
  for b = 1, 3 do
    if b == 2 then break end
    io.write(a, b, " ")
  end
end
print()
-- break closes upvalues of the loop body
local fns = {}
for k = 1, 5 do
  local v = k * 2
  fns[#fns + 1] = function() return v end
  if k == 3 then break end
end
print(#fns, fns[1](), fns[3]())
-- break must be the last statement of a block
print(loadstring("while true do break x = 1 end"))
print(loadstring("while true do do break end x = 1 end") ~= nil)
print(loadstring("function f() break end"))
print(loadstring("if x then break end"))
for _, v in ipairs({ 1, 2, 3, 4 }) do
  if v % 2 == 0 then
    print("first even", v)
    break
  end
end
