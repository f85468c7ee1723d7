-- io.read(n) with n larger than the input, and reading in chunks
local chunks = {}
while true do
  local c = io.read(7)
  if not c then break end
  chunks[#chunks + 1] = "[" .. c:gsub("\n", "|") .. "]"
end
print(#chunks)
print(table.concat(chunks))
