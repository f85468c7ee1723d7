-- circular requires are detected
package.path = "./mods/?.lua"
package.cpath = ""
print(pcall(require, "loop_a"))
print(pcall(require, "loop_a"))
print(pcall(require, "loop_b"))
