-- preload loaders receive the module name; their return value and side effects
package.cpath = ""
package.path = "./mods/?.lua"
local seen = {}
for _, name in ipairs({ "p.one", "p.two", "p_three" }) do
  package.preload[name] = function(...)
    seen[#seen + 1] = select("#", ...) .. ":" .. tostring((...))
    return name:upper()
  end
end
print(require("p.one"), require("p.two"), require("p_three"), require("p.one"))
print(table.concat(seen, " "))
package.preload["p.four"] = function() return nil end
print(require("p.four"), package.loaded["p.four"])
package.preload["p.five"] = function() package.loaded["p.five"] = "set inside" end
print(require("p.five"))
