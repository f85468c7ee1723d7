-- error with level 2 from a non-tail call blames the calling line
local function check(v) if type(v) ~= "number" then error("number expected, got " .. type(v), 2) end return v end
local function use()
  local r = check("nope")
  return r
end
use()
