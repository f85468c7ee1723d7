-- "?/init.lua" templates
package.cpath = ""
package.path = "./mods/?.lua;./mods/?/init.lua"
local m = require("init_style")
print(m.kind, m.name)
print(package.loaded.init_style == m)
print(pcall(require, "init_style.missing"))
