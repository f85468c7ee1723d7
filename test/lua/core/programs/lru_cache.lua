local function LRU(cap)
  local map, head, tail, size = {}, nil, nil, 0
  local self = {}
  local function unlink(n)
    if n.prev then n.prev.next = n.next else head = n.next end
    if n.next then n.next.prev = n.prev else tail = n.prev end
    n.prev, n.next = nil, nil
  end
  local function push_front(n)
    n.next = head
    if head then head.prev = n end
    head = n
    if not tail then tail = n end
  end
  function self.get(k)
    local n = map[k]
    if not n then return nil end
    unlink(n) push_front(n)
    return n.v
  end
  function self.put(k, v)
    local n = map[k]
    if n then n.v = v unlink(n) push_front(n) return end
    if size == cap then map[tail.k] = nil unlink(tail) size = size - 1 end
    n = { k = k, v = v }
    map[k] = n
    push_front(n)
    size = size + 1
  end
  function self.keys() local out, n = {}, head while n do out[#out + 1] = n.k n = n.next end return table.concat(out, ",") end
  return self
end
local c = LRU(3)
c.put("a", 1) c.put("b", 2) c.put("c", 3)
print(c.keys())
print(c.get("a"), c.keys())
c.put("d", 4)
print(c.keys(), c.get("b"))
c.put("c", 30)
print(c.keys(), c.get("c"))
for i = 1, 10 do c.put("k" .. i, i) end
print(c.keys(), c.get("k8"), c.get("a"))
