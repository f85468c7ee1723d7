-- what require returns for modules that return nothing, false, or set package.loaded
package.path = "./mods/?.lua"
package.cpath = ""
print(require("noreturn"), noreturn_ran, package.loaded.noreturn)
print(require("noreturn"), noreturn_ran)
print(require("retfalse"), retfalse_runs, package.loaded.retfalse)
print(require("retfalse"), retfalse_runs)
print(require("retfalse"), retfalse_runs)
print(require("sets_loaded").custom)
print(require("sets_and_returns"), package.loaded.sets_and_returns)
print(select("#", require("noreturn")))
