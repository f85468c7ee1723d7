print(undefined_global)
newglobal = 5
print(newglobal, _G.newglobal, _G["newglobal"])
_G.other = "via _G"
print(other)
newglobal = nil
print(newglobal, rawget(_G, "newglobal"))
local name = "dyn" .. "amic"
_G[name] = 42
print(dynamic)
function globalfn() return "gf" end
print(globalfn(), type(_G.globalfn))
local function localfn() return "lf" end
print(_G.localfn)
x, y = 1, 2
print(x + y)
local saved = print
print = nil
saved(print)
print = saved
print("restored")
_G._G.deep = "deep"
print(deep, _G._G._G.deep)
