print(pcall(setmetatable, 1, {}))
print(pcall(setmetatable, "s", {}))
print(pcall(setmetatable, nil, {}))
print(pcall(setmetatable, {}, 1))
print(pcall(setmetatable, {}, "x"))
print(pcall(setmetatable, {}))
print(pcall(setmetatable))
print(pcall(getmetatable))
print(getmetatable(1), getmetatable(nil), getmetatable(true), getmetatable(print))
print(getmetatable({}), getmetatable(setmetatable({}, {})) ~= nil)
local function direct() return setmetatable(5, {}) end
print(pcall(direct))
local function direct2() return setmetatable({}, 5) end
print(pcall(direct2))
local function direct3() return getmetatable() end
print(pcall(direct3))
