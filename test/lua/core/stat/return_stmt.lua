local function none() return end
local function one() return 1 end
local function many() return 1, 2, 3 end
local function paren() return (many()) end
print(none())
print(select("#", none()), select("#", one()), select("#", many()), select("#", paren()))
local function early(x)
  if x then return "early" end
  return "late"
end
print(early(true), early(false))
local function nested()
  do return "from do" end
end
print(nested())
local function loop()
  for i = 1, 10 do if i == 4 then return i end end
end
print(loop())
local function w()
  while true do return "from while" end
end
print(w())
local function r()
  repeat return "from repeat" until false
end
print(r())
local function noreturn() local x = 1 end
print(noreturn(), select("#", noreturn()))
print(loadstring("return 1 return 2"))
print(loadstring("return; x = 1"))
print(loadstring("do return end x = 1") ~= nil)
local function ret_call() return one(), many() end
print(ret_call())
local function vararg(...) return ... end
print(vararg(1, nil, 3))
print(select("#", vararg(nil, nil)))
