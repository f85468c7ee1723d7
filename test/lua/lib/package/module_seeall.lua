-- module(..., package.seeall) creates a global table with _NAME, _M, _PACKAGE
package.path = "./mods/?.lua"
package.cpath = ""
local m = require("oldstyle")
print(type(oldstyle), m == oldstyle, package.loaded.oldstyle == m)
print(m._NAME, m._PACKAGE == "", m._M == m)
print(m.version, m.hidden, m.greet("you"), m.uses_global())
print(getmetatable(m) ~= nil, getmetatable(m).__index == _G)
print(version, greet)
