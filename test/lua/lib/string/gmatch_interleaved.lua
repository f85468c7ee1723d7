-- independent gmatch iterators keep their own positions
local a = ("1 2 3 4"):gmatch("%d")
local b = ("a b c d"):gmatch("%a")
local c = ("1 2 3 4"):gmatch("%d")
print(a(), b(), a(), c(), b(), a(), c())
local out = {}
for x in ("x1y2z3"):gmatch("%a") do
  for d in ("x1y2z3"):gmatch(x .. "(%d)") do out[#out + 1] = x .. d end
end
print(table.concat(out, ","))
local it = string.gmatch("k1=v1 k2=v2", "(%w+)=(%w+)")
local k1, v1 = it()
local k2, v2 = it()
print(k1, v1, k2, v2, it())
