-- C search paths appear in the not-found message (nothing is found there)
package.path = "./mods/?.lua"
package.cpath = "./clib/?.so;/nonexistent/?.so"
print(pcall(require, "nolib"))
print(pcall(require, "pkg.sub"))
package.cpath = ""
print(pcall(require, "pkg.sub"))
