-- runtime and syntax errors while loading a module
package.path = "./mods/?.lua"
package.cpath = ""
print(pcall(require, "bad_runtime"))
print(pcall(require, "bad_runtime"))
package.loaded.bad_runtime = nil
print(pcall(require, "bad_runtime"))
print(pcall(require, "bad_syntax"))
print(pcall(require, "bad_syntax"))
print(pcall(require))
print(pcall(require, {}))
