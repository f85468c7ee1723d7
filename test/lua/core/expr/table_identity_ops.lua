local a = {}
local b = a
local c = {}
b.x = 1
print(a.x, a == b, a == c, rawequal(a, b))
local function modify(t) t.y = 2 t = { z = 3 } return t end
local r = modify(a)
print(a.y, a.z, r.z, r == a)
local keyt = {}
local map = { [keyt] = "by table", [a] = "by a" }
print(map[keyt], map[b], map[{}], map[c])
local list = { a, a, c }
print(list[1] == list[2], list[2] == list[3])
local count = 0
for k, v in pairs({ [{}] = 1, [{}] = 2 }) do count = count + 1 end
print(count)
local f1 = function() end
local f2 = f1
print(f1 == f2, ({ [f1] = "fn" })[f2])
