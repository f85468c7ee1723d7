local function tree(depth)
  if depth == 0 then return { leaf = true } end
  return { left = tree(depth - 1), right = tree(depth - 1) }
end
local function count(t) if t.leaf then return 1 end return count(t.left) + count(t.right) end
local function depth(t) if t.leaf then return 0 end return 1 + math.max(depth(t.left), depth(t.right)) end
local t = tree(10)
print(count(t), depth(t))
local function sum_list(l) if not l then return 0 end return l.v + sum_list(l.next) end
local list
for i = 1, 1000 do list = { v = i, next = list } end
print(sum_list(list))
local function map_tree(t, f) if t.leaf then return { leaf = true, v = f() } end return { left = map_tree(t.left, f), right = map_tree(t.right, f) } end
local n = 0
local mt = map_tree(tree(4), function() n = n + 1 return n end)
local function leaves(t, out) if t.leaf then out[#out + 1] = t.v else leaves(t.left, out) leaves(t.right, out) end return out end
print(table.concat(leaves(mt, {}), " "))
local cyc = {}
cyc.self = cyc
print(cyc.self.self.self == cyc)
