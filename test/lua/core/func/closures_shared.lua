local function make()
  local n = 0
  local function inc() n = n + 1 return n end
  local function get() return n end
  local function set(v) n = v end
  return inc, get, set
end
local inc, get, set = make()
inc(); inc()
print(get())
set(10)
print(inc(), get())
local inc2, get2 = make()
print(inc2(), get(), get2())
-- an upvalue shared by closures created at different times
local function two_stage()
  local v = "start"
  local reader = function() return v end
  v = "changed before writer"
  local writer = function(x) v = x end
  return reader, writer
end
local r, w = two_stage()
print(r())
w("written")
print(r())
-- upvalue of an upvalue
local function lvl1()
  local x = 1
  return function()
    return function()
      x = x + 1
      return x
    end
  end
end
local l = lvl1()
local f1, f2 = l(), l()
print(f1(), f2(), f1())
-- parameters are upvalues too
local function param(p) return function() p = p * 2 return p end end
local pf = param(3)
print(pf(), pf(), pf())
-- closures keep upvalues alive after the frame is gone
local keep = {}
for i = 1, 3 do
  local function mk() local secret = i * 111 return function() return secret end end
  keep[i] = mk()
end
print(keep[1](), keep[2](), keep[3]())
