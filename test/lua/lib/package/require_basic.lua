-- require loads once and caches in package.loaded
package.path = "./mods/?.lua"
package.cpath = ""
local s = require("simple")
print(type(s), s.name, s.add(2, 3), simple_load_count)
local s2 = require("simple")
print(s == s2, simple_load_count)
print(package.loaded.simple == s)
package.loaded.simple = nil
local s3 = require("simple")
print(s3 == s, simple_load_count)
print(require("counter").inc(), require("counter").inc(), require("counter").inc())
print(require("returns_function")(21))
print(require("prints"), require("prints"))
