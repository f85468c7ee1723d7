-- error with level 2 blames the caller
local function check(v) if type(v) ~= "number" then error("number expected", 2) end return v end
local function use() return check("nope") end
use()
