-- chunks from loadstring get the thread's global table, not their creator's environment
marker = "global marker"
local function creator()
  setfenv(1, { loadstring = loadstring, marker = "private marker" })
  local f = loadstring("return marker")
  return f(), marker
end
print(creator())
local g = loadstring("local x = ... return x, marker")
print(g("arg"))
print(getfenv(g) == _G)
-- dofile/loadfile-like: a chunk's nested functions share its environment
local chunk = loadstring("local function inner() return marker end return inner")
setfenv(chunk, { marker = "chunk env" })
local inner = chunk()
print(inner(), getfenv(inner) == getfenv(chunk))
