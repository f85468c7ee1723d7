-- frontier patterns with compound and negated sets
local s = "foo123 bar_baz 42 x9y"
local function all(p) local o = {} for m in s:gmatch(p) do o[#o + 1] = m end return #o .. ":" .. table.concat(o, "|") end
print(all("%f[%a%d]%w+"))
print(all("%f[%d]%d+"))
print(all("%f[%d]%d+%f[%D]"))
print(all("%f[^%s]%S+"))
print(all("%f[%w_][%w_]+"))
print(all("%w+%f[%z]"))
print(all("%f[%l]%l"))
print(s:gsub("%f[%w]", "<"), s:gsub("%f[%W]", ">"))
