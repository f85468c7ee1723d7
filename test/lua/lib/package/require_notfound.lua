-- the error lists every place that was searched
package.path = "./mods/?.lua;./other/?/init.lua;/nonexistent/?.luac"
package.cpath = ""
print(pcall(require, "nope"))
print(pcall(require, "sub.nope"))
print(pcall(require, "a.b.c"))
print(pcall(require, 42))
package.path = "a;;b"
print(pcall(require, "zz"))
package.path = "./mods/?.lua"
print(pcall(function() return require("missing") end))
