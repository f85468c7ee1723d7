-- splitting and joining idioms
local function split(s, sep, plain)
  local out, start = {}, 1
  while true do
    local i, j = s:find(sep, start, plain)
    if not i then out[#out + 1] = s:sub(start); break end
    out[#out + 1] = s:sub(start, i - 1)
    start = j + 1
  end
  return out
end
local function show(t) return #t .. " [" .. table.concat(t, "][") .. "]" end
print(show(split("a,b,c", ",", true)))
print(show(split("a,,b,", ",", true)))
print(show(split("", ",", true)))
print(show(split("one  two   three", "%s+")))
print(show(split("k=v;x=y", "[;=]")))
print(show(split("a.b.c", ".", true)))
print(show(split("a||b||c", "||", true)))
local words = {}
for w in ("  leading and trailing  "):gmatch("%S+") do words[#words + 1] = w end
print(show(words))
local lines = {}
for line in ("l1\nl2\n\nl4"):gmatch("([^\n]*)\n?") do lines[#lines + 1] = line end
print(show(lines))
print(table.concat({ 1, 2, 3 }, ", "), table.concat({ "x" }, "-"), table.concat({}, "-"))
