-- a module chunk receives its name as the only argument
package.path = "./mods/?.lua"
package.cpath = ""
local a = require("args")
print(a.n, a.first, a.second)
local i = require("sub.inner")
print(i.where, i.name)
local d = require("deep.er.most")
print(d.depth, d.name)
print(package.loaded["sub.inner"] == i, package.loaded["deep.er.most"] == d)
