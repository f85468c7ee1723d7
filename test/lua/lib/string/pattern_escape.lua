-- escaping every punctuation character to search literally with patterns
local function escape(s) return (s:gsub("%p", "%%%0")) end
local specials = "^$()%.[]*+-?{}<>!@#&=~`'\",;:/\\|_"
local subject = "text " .. specials .. " end"
print(escape(specials))
print(subject:find(escape(specials)))
print(subject:find(specials, 1, true))
for i = 1, #specials do
  local c = specials:sub(i, i)
  local a = subject:find(escape(c))
  local b = subject:find(c, 1, true)
  if a ~= b then print("mismatch", c, a, b) end
end
print("checked", #specials)
print(("50% off (today)"):gsub(escape("50% off"), "half"))
