local _ = 1
local _x, x_, _X1, aBc, ABC, abc = 1, 2, 3, 4, 5, 6
print(_, _x, x_, _X1, aBc, ABC, abc)
-- goto and continue are plain names in Lua 5.1
local goto = "goto is a name"
local continue = "continue too"
print(goto, continue)
local And, OR, Nil, True = 1, 2, 3, 4
print(And, OR, Nil, True)
local t = { ["end"] = 1, ["while"] = 2, ["nil"] = 3 }
print(t["end"], t["while"], t["nil"])
local kws = { "and", "break", "do", "else", "elseif", "end", "false", "for", "function", "if",
  "in", "local", "nil", "not", "or", "repeat", "return", "then", "true", "until", "while" }
for _, k in ipairs(kws) do
  local f, err = loadstring("local " .. k .. " = 1")
  print(k, f and "ok" or err)
end
for _, k in ipairs({ "goto", "continue", "self", "_ENV", "_G", "arg", "int" }) do
  local f, err = loadstring("local " .. k .. " = 1 return " .. k)
  print(k, f and f() or err)
end
print(loadstring("t.end = 1"))
print(loadstring("return t.and"))
