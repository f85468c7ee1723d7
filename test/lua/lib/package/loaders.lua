-- package.loaders: four searchers in 5.1; custom searchers can be added
package.path = "./mods/?.lua"
package.cpath = ""
print(type(package.loaders), #package.loaders)
for i, l in ipairs(package.loaders) do print(i, type(l)) end
table.insert(package.loaders, 2, function(name)
  if name:match("^magic") then
    return function(n) return { magic = n } end
  end
  return "\n\tno magic for '" .. name .. "'"
end)
print(#package.loaders)
print(require("magic.thing").magic)
print(pcall(require, "plain_missing"))
local r = package.loaders[1]("nonexistent_preload")
print(type(r), r)
local lf = package.loaders[3]("simple")
print(type(lf))
print(package.loaders[3]("nope_nope"))
print(package.loaders[4]("nope_nope"))
print(package.loaders[4]("a.b"))
