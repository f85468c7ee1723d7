-- module(...) without seeall: the module's environment has no globals
package.path = "./mods/?.lua"
package.cpath = ""
local m = require("noseeall")
print(m.value, m.try_print(), getmetatable(m))
print(m._NAME, noseeall == m)
local d = require("dotted_mod")
print(d, package.loaded.dotted_mod)
local leaf = outer.inner.leaf
print(type(outer), type(outer.inner), leaf._NAME, leaf._PACKAGE, leaf.leafy)
print(package.loaded["outer.inner.leaf"] == leaf)
