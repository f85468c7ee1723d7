local function insert(node, k)
  if not node then return { key = k } end
  if k < node.key then node.left = insert(node.left, k) elseif k > node.key then node.right = insert(node.right, k) end
  return node
end
local function inorder(node, out)
  if node then inorder(node.left, out) out[#out + 1] = node.key inorder(node.right, out) end
  return out
end
local function height(node) if not node then return 0 end return 1 + math.max(height(node.left), height(node.right)) end
local function min(node) while node.left do node = node.left end return node end
local function remove(node, k)
  if not node then return nil end
  if k < node.key then node.left = remove(node.left, k)
  elseif k > node.key then node.right = remove(node.right, k)
  else
    if not node.left then return node.right end
    if not node.right then return node.left end
    local m = min(node.right)
    node.key = m.key
    node.right = remove(node.right, m.key)
  end
  return node
end
local root
for _, k in ipairs({ 50, 30, 70, 20, 40, 60, 80, 35, 45, 65, 30, 50 }) do root = insert(root, k) end
print(table.concat(inorder(root, {}), " "), height(root))
root = remove(root, 30)
root = remove(root, 50)
root = remove(root, 99)
print(table.concat(inorder(root, {}), " "), height(root), root.key)
local words = {}
for w in ("to be or not to be that is the question"):gmatch("%a+") do words[#words + 1] = w end
local wroot
for _, w in ipairs(words) do wroot = insert(wroot, w) end
print(table.concat(inorder(wroot, {}), " "))
local function iter(node)
  return coroutine.wrap(function()
    local function walk(n) if n then walk(n.left) coroutine.yield(n.key) walk(n.right) end end
    walk(node)
  end)
end
local got = {}
for k in iter(root) do got[#got + 1] = k end
print(table.concat(got, ","))
