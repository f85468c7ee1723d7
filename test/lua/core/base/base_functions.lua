local names = { "assert", "collectgarbage", "dofile", "error", "gcinfo", "getfenv", "getmetatable",
  "ipairs", "load", "loadfile", "loadstring", "module", "next", "newproxy", "pairs", "pcall", "print",
  "rawequal", "rawget", "rawset", "require", "select", "setfenv", "setmetatable", "tonumber",
  "tostring", "type", "unpack", "xpcall" }
for _, n in ipairs(names) do io.write(n, "=", type(_G[n]), " ") end
print()
print(_G._G == _G, _G["_G"]["_G"] == _G, type(_VERSION))
local libs = { "string", "table", "math", "io", "os", "coroutine", "debug", "package" }
for _, n in ipairs(libs) do io.write(n, "=", type(_G[n]), " ") end
print()
local tfuncs = {}
for k, v in pairs(table) do tfuncs[#tfuncs + 1] = k end
table.sort(tfuncs)
print(table.concat(tfuncs, " "))
local cfuncs = {}
for k in pairs(coroutine) do cfuncs[#cfuncs + 1] = k end
table.sort(cfuncs)
print(table.concat(cfuncs, " "))
