-- broken package configuration
package.cpath = ""
package.path = nil
print(pcall(require, "zz"))
package.path = 5
print(pcall(require, "zz"))
package.path = "./mods/?.lua"
local saved = package.loaders
package.loaders = nil
print(pcall(require, "zz2"))
package.loaders = {}
print(pcall(require, "zz3"))
package.loaders = { function() return 42 end }
print(pcall(require, "zz4"))
package.loaders = saved
print(require("counter") ~= nil)
