-- standard escapes, checked byte by byte
local function bytes(s)
  local t = {}
  for i = 1, #s do t[#t + 1] = string.byte(s, i) end
  return #s .. ":" .. table.concat(t, ",")
end
print(bytes("\a"), bytes("\b"), bytes("\f"), bytes("\n"))
print(bytes("\r"), bytes("\t"), bytes("\v"), bytes("\\"))
print(bytes("\""), bytes("\'"), bytes('\"'), bytes('\''))
print(bytes("a\
b"))
print(bytes('x\
\
y'))
print("tab:[\t]")
print("quote in single: 'x' \"y\"")
print('quote in double: "x" \'y\'')
-- unknown escapes in 5.1 just keep the character
print(bytes("\q"), bytes("\z"), bytes("\x41"), bytes("\u"))
print("\q\w\e" == "qwe")
print(bytes("\["), bytes("\]"), bytes("\ "))
print(#"", #"\n\n\n", #"\\n")
print("a\0b" == "a\0b", #"a\0b", bytes("a\0b"))
print(("x\0y"):upper() == "X\0Y")
