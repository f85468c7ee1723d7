-- module() with an existing package.loaded entry reuses that table
package.path = "./mods/?.lua"
package.cpath = ""
local pre = { existing = 1 }
package.loaded.reused_name = pre
require("reuse")
print(reused_name == pre, pre.existing, pre.added_later, pre._NAME)
local e = require("env_check")
print(e.inside, e.env_is_module(), inside, getfenv(1) == _G)
