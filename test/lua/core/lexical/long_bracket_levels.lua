for level = 0, 5 do
  local eq = string.rep("=", level)
  local src = "return [" .. eq .. "[level " .. level .. " ]] ]=] ]==]]" .. eq .. "]"
  local f, err = loadstring(src)
  if f then print(level, f()) else print(level, err) end
end
print([==[
]]]=]]==])
print(#[=[]]]=])
local s = [[
  indented
    text
]]
io.write(s)
print([[a]] .. [=[b]=] .. [==[c]==])
print([[
]] == "")
print([[

]] == "\n")
