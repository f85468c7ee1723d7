print(pcall(error, "caught"))
local t = setmetatable({}, { __index = function(_, k) error("no key " .. k) end })
print(t.missing)
