-- uncaught bad argument error from a method call
print(("%d"):format(7))
local function fmt(x) return ("%5.2f"):format(x) end
print(fmt(1))
print(fmt("nope"))
