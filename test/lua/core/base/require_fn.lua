package.path = "./?.luainc"
local m = require("require_helper")
print(type(m), m.name, m.loads)
local again = require("require_helper")
print(again == m, m.loads, package.loaded.require_helper == m)
local ok, msg = pcall(require, "no_such_module_here")
-- the remaining lines list the C loaders' search paths, which depend on the installation
local lines = {}
for line in string.gmatch(msg, "[^\n]+") do lines[#lines + 1] = line end
print(ok, lines[1])
print(lines[2])
print(lines[3])
package.loaded.fake = "preloaded value"
print(require("fake"))
package.preload.virtual = function(name) return { from = "preload", name = name } end
local v = require("virtual")
print(v.from, v.name)
