local v = setmetatable({}, { __add = function(a, b) return a.value + b end })
print("adding")
print(v + 1)
