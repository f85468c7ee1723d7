-- closures sharing one upvalue see setupvalue changes
local function make()
  local shared = 0
  local function get() return shared end
  local function inc() shared = shared + 1 end
  return get, inc
end
local get, inc = make()
inc() inc()
print(get(), debug.getupvalue(get, 1))
debug.setupvalue(inc, 1, 50)
print(get())
inc()
print(get(), debug.getupvalue(inc, 1))
local get2 = make()
print(get2(), debug.getupvalue(get2, 1))
local x = 1
local function a() return x end
local function b() x = x + 1 return x end
print(debug.getupvalue(a, 1), debug.getupvalue(b, 1))
debug.setupvalue(a, 1, 10)
print(b(), x)
