-- uncaught runtime error inside a method call
local obj = {}
function obj:run(x) return x.field end
print("start")
obj:run(nil)
