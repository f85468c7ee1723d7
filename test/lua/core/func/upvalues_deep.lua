local a = 1
local function l1()
  local b = 2
  local function l2()
    local c = 3
    local function l3()
      local d = 4
      local function l4()
        a = a + 1; b = b + 1; c = c + 1; d = d + 1
        return a + b + c + d
      end
      return l4
    end
    return l3()
  end
  return l2()
end
local f = l1()
print(f(), f(), a)
local g = l1()
print(g(), a)
-- siblings share the same upvalue cell
local function pair()
  local x = 0
  return function() x = x + 1 return x end, function() x = x * 10 return x end
end
local p1, p2 = pair()
print(p1(), p2(), p1(), p2())
-- upvalues captured before the local is initialised elsewhere
local later
local function useLater() return later end
later = "assigned afterwards"
print(useLater())
-- self-referencing closure
local function selfref()
  local me
  me = function(n) if n == 0 then return "ok" end return me(n - 1) end
  return me
end
print(selfref()(50))
