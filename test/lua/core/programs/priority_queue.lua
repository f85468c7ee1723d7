local PQ = {}
PQ.__index = PQ
function PQ.new(cmp) return setmetatable({ heap = {}, n = 0, cmp = cmp or function(a, b) return a < b end }, PQ) end
function PQ:push(v)
  self.n = self.n + 1
  local h, i = self.heap, self.n
  h[i] = v
  while i > 1 do
    local p = math.floor(i / 2)
    if self.cmp(h[i], h[p]) then h[i], h[p] = h[p], h[i] i = p else break end
  end
end
function PQ:pop()
  if self.n == 0 then return nil end
  local h = self.heap
  local top = h[1]
  h[1] = h[self.n] h[self.n] = nil
  self.n = self.n - 1
  local i = 1
  while true do
    local l, r, m = 2 * i, 2 * i + 1, i
    if l <= self.n and self.cmp(h[l], h[m]) then m = l end
    if r <= self.n and self.cmp(h[r], h[m]) then m = r end
    if m == i then break end
    h[i], h[m] = h[m], h[i]
    i = m
  end
  return top
end
local q = PQ.new()
for _, v in ipairs({ 5, 3, 8, 1, 9, 2, 7, 4, 6, 0 }) do q:push(v) end
local out = {}
while q.n > 0 do out[#out + 1] = q:pop() end
print(table.concat(out, " "))
local tasks = PQ.new(function(a, b) if a.pri ~= b.pri then return a.pri > b.pri end return a.id < b.id end)
for id, pri in ipairs({ 2, 5, 1, 5, 3, 2 }) do tasks:push({ id = id, pri = pri }) end
out = {}
while true do local t = tasks:pop() if not t then break end out[#out + 1] = t.id .. "@" .. t.pri end
print(table.concat(out, " "))
print(q:pop())
