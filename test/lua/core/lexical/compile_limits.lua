-- compile-time limits of Lua 5.1 and their messages
local function try(src)
  local f, err = loadstring(src, "=lim")
  if f then return "ok" end
  return err
end
-- 200 locals per function
local parts = {}
for i = 1, 199 do parts[#parts + 1] = "local v" .. i .. " = " .. i end
print(try(table.concat(parts, "\n")))
parts[#parts + 1] = "local w1, w2 = 1, 2"
print(try(table.concat(parts, "\n")))
parts = {}
for i = 1, 201 do parts[#parts + 1] = "v" .. i end
print(try("local function f() local " .. table.concat(parts, ", ") .. " end"))
-- 60 upvalues per function
parts = {}
local uses = {}
for i = 1, 61 do parts[#parts + 1] = "local u" .. i .. " = " .. i; uses[#uses + 1] = "u" .. i end
local src = table.concat(parts, "\n") .. "\nreturn function() return " .. table.concat(uses, " + ") .. " end"
print(try(src))
parts, uses = {}, {}
for i = 1, 60 do parts[#parts + 1] = "local u" .. i .. " = " .. i; uses[#uses + 1] = "u" .. i end
src = table.concat(parts, "\n") .. "\nreturn function() return " .. table.concat(uses, " + ") .. " end"
print(try(src))
print(loadstring(src)()())
-- nesting depth (C levels)
print(try("x = " .. string.rep("(", 300) .. "1" .. string.rep(")", 300)))
print(try("x = " .. string.rep("(", 100) .. "1" .. string.rep(")", 100)))
print(try(string.rep("do ", 300) .. string.rep("end ", 300)))
print(try("x = " .. string.rep("{", 300) .. string.rep("}", 300)))
print(try("x = " .. string.rep("- ", 300) .. "1"))
print(try("x = " .. string.rep("not ", 150) .. "1"))
print(try("return " .. string.rep("a.", 500) .. "b"))
-- many constants and a long expression are fine
parts = {}
for i = 1, 1000 do parts[#parts + 1] = tostring(i) end
print(loadstring("return " .. table.concat(parts, " + "))())
print(#loadstring("return {" .. table.concat(parts, ", ") .. "}")())
local few = {}
for i = 1, 200 do few[i] = i end
print(select("#", loadstring("return " .. table.concat(few, ", "))()))
