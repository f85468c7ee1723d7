-- modules requiring modules
package.path = "./mods/?.lua"
package.cpath = ""
local u = require("uses_other")
print(u.sum, u.simple == require("simple"), simple_load_count)
print(package.loaded.uses_other == u)
