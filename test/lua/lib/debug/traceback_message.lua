-- traceback messages with newlines, numbers and long stacks
print(debug.traceback("line one\nline two"))
print(debug.traceback(12.5))
local function rec(n) if n == 0 then return debug.traceback("deep") end return (rec(n - 1)) end
print(rec(25))
