local function risky() local t = nil return t[1] end
local ok, err = pcall(risky)
print("first attempt:", ok, err)
local function wrapper()
  local ok2, err2 = pcall(risky)
  if not ok2 then error("wrapper failed: " .. err2, 2) end
end
wrapper()
