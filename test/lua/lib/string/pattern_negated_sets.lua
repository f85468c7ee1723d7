-- negated sets with classes and ranges
local s = "abc 123 DEF_456!?"
local function all(p) local o = {} for m in s:gmatch(p) do o[#o + 1] = m end return table.concat(o, "|") end
print(all("[^%d%s]+"))
print(all("[^%a]+"))
print(all("[^a-z]+"))
print(all("[^%w_]+"))
print(all("[^%p%s]+"))
print(all("[^abc%d ]+"))
print(all("[^^]+"))
print(all("[^%]]+"))
print(("x]y"):match("[^%]]+"), ("x]y"):match("[^]]+"))
