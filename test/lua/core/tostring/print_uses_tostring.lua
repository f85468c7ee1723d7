-- print converts its arguments with the global tostring (looked up on every call)
print(1, "two", nil, true, 3.5)
print()
print(nil)
print("a", "b", "c")
print("tab\tinside", "x")
local orig = tostring
tostring = function(v) return "<" .. orig(v) .. ">" end
print(1, "s", nil, false)
tostring = function(v) return 42 end
local ok, err = pcall(print, "x")
tostring = orig
print(ok, err)
tostring = function(v) return nil end
ok, err = pcall(print, "y")
tostring = orig
print(ok, err)
tostring = function(v) error("no tostring today") end
ok, err = pcall(print, "z")
tostring = orig
print(ok, err)
tostring = nil
ok, err = pcall(print, "w")
tostring = orig
print(ok, err)
print("restored", 1)
local mt = { __tostring = function(self) return "custom!" end }
print(setmetatable({}, mt))
print(select("#", print()))
