-- string.char(string.byte(s, 1, -1)) == s for many strings
local samples = { "", "a", "hello world", "\0\1\2", "tab\tnew\nline", string.rep("\255", 10) }
local all = {}
for i = 0, 255 do all[#all + 1] = string.char(i) end
samples[#samples + 1] = table.concat(all)
for _, s in ipairs(samples) do
  local back = string.char(s:byte(1, -1))
  print(#s, back == s)
end
local t = { ("Lua"):byte(1, -1) }
print(#t, t[1], t[2], t[3], string.char(unpack(t)))
