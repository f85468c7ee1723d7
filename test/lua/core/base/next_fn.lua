local t = { 10, 20, 30 }
print(next(t))
print(next(t, 1))
print(next(t, 2))
print(next(t, 3))
print(next({}))
local h = { only = "one" }
print(next(h))
print(next(h, "only"))
print(pcall(next, h, "missing"))
print(pcall(next, t, 4))
print(pcall(next, nil))
print(pcall(next, {}, nil, "extra"))
-- count entries with next
local function count(tbl) local n, k = 0, next(tbl) while k ~= nil do n = n + 1 k = next(tbl, k) end return n end
print(count({ 1, 2, 3, a = 1, b = 2 }), count({}))
-- emptiness check idiom
print(next({}) == nil, next({ false }) == nil)
-- a key with a false value
print(next({ [false] = false }))
