-- an uncaught module-not-found error (stderr first line and exit code)
package.path = "./mods/?.lua"
package.cpath = ""
print("before")
require("does_not_exist")
print("never")
