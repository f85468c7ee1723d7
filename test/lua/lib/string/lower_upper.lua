-- string.lower / string.upper
print(string.lower("Hello World 123"))
print(string.upper("Hello World 123"))
print(string.lower(""), string.upper(""))
print(("MiXeD"):lower(), ("MiXeD"):upper())
print(string.upper("abc\0def"):byte(1, -1))
print(string.lower("ÀÉÎ") == "ÀÉÎ")
print(string.upper("àéî") == "àéî")
print(string.upper(123), string.lower(1e3))
print(string.upper("a-z_[]{}~"))
print(string.lower("A-Z@[`"))
local all = {}
for i = 0, 255 do all[#all + 1] = string.char(i) end
local s = table.concat(all)
local u, l = s:upper(), s:lower()
local diffu, diffl = 0, 0
for i = 1, 256 do
  if u:byte(i) ~= s:byte(i) then diffu = diffu + 1 end
  if l:byte(i) ~= s:byte(i) then diffl = diffl + 1 end
end
print(diffu, diffl)
print(pcall(string.upper))
print(pcall(string.lower, {}))
