-- stacks and queues with insert/remove
local stack = {}
for i = 1, 5 do table.insert(stack, i * i) end
local popped = {}
while #stack > 0 do popped[#popped + 1] = table.remove(stack) end
print(table.concat(popped, " "))
local queue = {}
for _, w in ipairs({ "a", "b", "c", "d" }) do table.insert(queue, w) end
local out = {}
while #queue > 0 do out[#out + 1] = table.remove(queue, 1) end
print(table.concat(out, " "))
local dq = {}
table.insert(dq, 1, "front1")
table.insert(dq, "back1")
table.insert(dq, 1, "front2")
table.insert(dq, "back2")
print(table.concat(dq, " "))
print(table.remove(dq, 1), table.remove(dq), table.concat(dq, " "))
local t = {}
for i = 1, 10 do table.insert(t, math.ceil(#t / 2) + 1, i) end
print(table.concat(t, " "))
for i = 1, 5 do table.remove(t, 2) end
print(table.concat(t, " "))
