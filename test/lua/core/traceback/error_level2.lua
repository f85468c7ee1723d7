local function expect_string(v)
  if type(v) ~= "string" then
    error("expected a string", 2)
  end
  return v
end
local function caller()
  return expect_string(42) .. "!"
end
caller()
