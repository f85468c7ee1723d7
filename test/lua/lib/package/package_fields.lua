-- the package table
local names = {}
for k, v in pairs(package) do names[#names + 1] = k .. ":" .. type(v) end
table.sort(names)
print(table.concat(names, " "))
print((package.config:gsub("\n", "|")))
print(package.loaded._G == _G, package.loaded.string == string, package.loaded.table == table)
print(package.loaded.math == math, package.loaded.io == io, package.loaded.os == os)
print(package.loaded.coroutine == coroutine, package.loaded.debug == debug, package.loaded.package == package)
print(require("string") == string, require("_G") == _G)
local r1, _, r3 = package.loadlib("./nonexistent_lib.so", "luaopen_x")
print(r1, r3)
local loaded = {}
for k in pairs(package.loaded) do loaded[#loaded + 1] = k end
table.sort(loaded)
print(table.concat(loaded, " "))
