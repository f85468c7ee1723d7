-- the register limit (250 per function) reached by long expression lists
local function try(src)
  local f, err = loadstring(src, "=lim")
  if f then return "ok" end
  return err
end
local parts = {}
for i = 1, 1000 do parts[#parts + 1] = tostring(i) end
print(try("return " .. table.concat(parts, ", ")))
print(try("return f(" .. table.concat(parts, ", ") .. ")"))
print(try("return {" .. table.concat(parts, ", ") .. "}"))
local few = {}
for i = 1, 240 do few[i] = i end
print(try("return " .. table.concat(few, ", ")))
print(try("local a, b, c = 1, 2, 3 return " .. table.concat(few, ", ")))
print(try("return print(" .. table.concat(few, ", ") .. ")"))
