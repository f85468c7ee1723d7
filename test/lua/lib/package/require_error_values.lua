-- non-string errors from modules, and a module requiring itself
package.cpath = ""
package.path = "./mods/?.lua"
local ok, e = pcall(require, "errobj")
print(ok, type(e), type(e) == "table" and e.module_error)
print(pcall(require, "errobj"))
local r = require("reqself")
print(r.inner)
print(package.loaded.reqself == r)
