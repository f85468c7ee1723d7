local Stack = {}
Stack.__index = Stack
function Stack.new() return setmetatable({ items = {} }, Stack) end
function Stack:pop()
  local top = self.items[#self.items]
  return top.value
end
local s = Stack.new()
s:pop()
