print(("x"):rep(3))
local s = ("x"):rep()
