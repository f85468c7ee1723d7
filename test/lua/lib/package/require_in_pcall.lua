-- error positions from modules loaded inside functions
package.path = "./mods/?.lua"
package.cpath = ""
local function load(name) return require(name) end
print(pcall(load, "bad_runtime"))
print(pcall(load, "missing_mod"))
print(select("#", pcall(load, "counter")))
local ok, err = pcall(load, "bad_syntax")
print(ok, (err:gsub("\n", " | ")))
