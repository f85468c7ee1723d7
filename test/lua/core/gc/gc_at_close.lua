-- __gc of userdata (newproxy) runs when the state closes, newest first; os.exit skips it elsewhere
local a = newproxy(true)
getmetatable(a).__gc = function(u) print("finalize a", u == a) end
local b = newproxy(a) -- shares a's metatable
getmetatable(b).__index = function() return "b field" end
print(b.anything)
local c = newproxy(true)
getmetatable(c).__gc = function() print("finalize c") end
print(type(a), type(b), getmetatable(a) == getmetatable(b))
print("end of script")
