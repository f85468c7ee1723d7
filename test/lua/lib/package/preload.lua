-- package.preload is searched first
package.path = "./mods/?.lua"
package.cpath = ""
local calls = 0
package.preload.virtual = function(name, ...)
  calls = calls + 1
  return { name = name, extra = select("#", ...) }
end
local v = require("virtual")
print(v.name, v.extra, calls)
print(require("virtual") == v, calls)
package.preload.simple = function() return "from preload" end
print(require("simple"))
package.preload.nothing = function() end
print(require("nothing"), package.loaded.nothing)
package.preload.failing = function() error("preload failed") end
print(pcall(require, "failing"))
package.preload.notfunc = 42
print(pcall(require, "notfunc"))
