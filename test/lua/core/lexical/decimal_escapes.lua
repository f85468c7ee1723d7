local function bytes(s)
  local t = {}
  for i = 1, #s do t[#t + 1] = string.byte(s, i) end
  return #s .. ":" .. table.concat(t, ",")
end
print(bytes("\0"), bytes("\00"), bytes("\000"), bytes("\0000"))
print(bytes("\65\066\0067"))
print("\72\101\108\108\111")
print(bytes("\255"), bytes("\1234"), bytes("\12a"))
print(bytes("\9\10\13"))
print("\049\050\051")
print(bytes("\0010"))
print(#"\000\000\000")
print(pcall(loadstring, "return \"\\256\""))
