-- globals defined by a module are visible after require
package.path = "./mods/?.lua"
package.cpath = ""
print(GLOBAL_FROM_MODULE, global_helper)
local m = require("globals_mod")
print(m.ok, GLOBAL_FROM_MODULE, global_helper(41))
