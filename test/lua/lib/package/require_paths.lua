-- templates with several '?' and different directories
package.cpath = ""
package.path = "./mods/sub/?.lua"
print(require("withname"))
package.path = "./mods/?.lua"
print(require("sub.withname"))
print(package.loaded.withname, package.loaded["sub.withname"])
package.path = "./mods/?/?.lua;./mods/?.lua"
print(pcall(require, "nothere"))
package.path = "?;./mods/?.lua"
print(require("counter") ~= nil)
package.path = ""
print(pcall(require, "empty_path"))
