-- table constructors whose positional items cross the 50-item flush batches, with a multi-value tail
local function gen(n, tail)
  local parts = {}
  for i = 1, n do parts[i] = tostring(i) end
  if tail then parts[#parts + 1] = tail end
  return loadstring("local function three() return 'a', 'b', 'c' end return {" .. table.concat(parts, ", ") .. "}")
end
for _, n in ipairs({ 0, 1, 49, 50, 51, 99, 100, 101, 149, 150, 151 }) do
  local t1 = gen(n)()
  local t2 = gen(n, "three()")()
  local t3 = gen(n, "(three())")()
  print(n, #t1, t1[n], #t2, t2[#t2], t2[n + 1], #t3, t3[#t3])
end
-- a very large constructor (more than 511 batches of 50)
local big = gen(30000)()
print(#big, big[1], big[25600], big[25601], big[30000])
local big2 = gen(25550, "three()")()
print(#big2, big2[25550], big2[25553])
-- mixed positional and keyed items
local src = {}
for i = 1, 120 do src[#src + 1] = (i % 3 == 0) and ("k" .. i .. " = " .. i) or tostring(i) end
local mixed = loadstring("return {" .. table.concat(src, ", ") .. "}")()
print(#mixed, mixed[80], mixed.k120, mixed.k3)
-- varargs as the tail of a constructor
local function pack(...) return { 1, 2, ... } end
print(#pack(), #pack(3), #pack(3, 4, 5), select("#", unpack(pack(3, nil, 5), 1, 5)))
