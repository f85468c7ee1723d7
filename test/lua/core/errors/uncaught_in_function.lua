local function check(v)
  if not v then
    error("check failed", 2)
  end
end
local function run()
  check(true)
  check(false)
end
run()
