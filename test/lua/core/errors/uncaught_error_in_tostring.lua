-- an error raised by __tostring while printing
local bad = setmetatable({}, { __tostring = function() error("cannot describe") end })
print("before")
print(bad)
