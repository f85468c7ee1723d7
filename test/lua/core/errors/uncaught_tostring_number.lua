-- a numeric error value gets a position, and the exit status is 1
local function f() error(3.5) end
print("calling")
f()
