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
-- (extension modules such as LuaJIT's bit/jit are left out: only the 5.1 libraries are checked)
for k in pairs(package.loaded) do if k ~= "bit" and k ~= "jit" then loaded[#loaded + 1] = k end end
table.sort(loaded)
print(table.concat(loaded, " "))
