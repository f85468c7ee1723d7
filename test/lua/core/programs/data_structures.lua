-- stack, queue, deque and linked list
local Stack = {}
Stack.__index = Stack
function Stack.new() return setmetatable({ n = 0 }, Stack) end
function Stack:push(v) self.n = self.n + 1 self[self.n] = v end
function Stack:pop() local v = self[self.n] self[self.n] = nil self.n = self.n - 1 return v end
local s = Stack.new()
for i = 1, 5 do s:push(i * i) end
print(s:pop(), s:pop(), s.n)
local Queue = {}
Queue.__index = Queue
function Queue.new() return setmetatable({ first = 1, last = 0 }, Queue) end
function Queue:push(v) self.last = self.last + 1 self[self.last] = v end
function Queue:pop()
  if self.first > self.last then return nil end
  local v = self[self.first] self[self.first] = nil self.first = self.first + 1 return v
end
local q = Queue.new()
for _, w in ipairs({ "a", "b", "c" }) do q:push(w) end
print(q:pop(), q:pop(), q:pop(), q:pop())
local list = nil
for i = 1, 5 do list = { value = i, next = list } end
local vals = {}
local node = list
while node do vals[#vals + 1] = node.value node = node.next end
print(table.concat(vals, "->"))
local function reverse(l) local r = nil while l do r, l = { value = l.value, next = r }, l.next end return r end
vals = {}
node = reverse(list)
while node do vals[#vals + 1] = node.value node = node.next end
print(table.concat(vals, "->"))
-- a set with metamethods
local Set = {}
Set.__index = Set
local function set(t) local s = setmetatable({ items = {} }, Set) for _, v in ipairs(t) do s.items[v] = true end return s end
function Set.__add(a, b) local r = set({}) for k in pairs(a.items) do r.items[k] = true end for k in pairs(b.items) do r.items[k] = true end return r end
function Set.__mul(a, b) local r = set({}) for k in pairs(a.items) do if b.items[k] then r.items[k] = true end end return r end
function Set.__sub(a, b) local r = set({}) for k in pairs(a.items) do if not b.items[k] then r.items[k] = true end end return r end
function Set.__le(a, b) for k in pairs(a.items) do if not b.items[k] then return false end end return true end
function Set.__lt(a, b) return a <= b and not (b <= a) end
function Set.__eq(a, b) return a <= b and b <= a end
function Set.__tostring(a) local ks = {} for k in pairs(a.items) do ks[#ks + 1] = k end table.sort(ks) return "{" .. table.concat(ks, ",") .. "}" end
local A, B = set({ 1, 2, 3, 4 }), set({ 3, 4, 5 })
print(tostring(A + B), tostring(A * B), tostring(A - B), tostring(B - A))
print(A * B <= A, A * B < A, A < A, A == set({ 4, 3, 2, 1 }), A ~= B)
