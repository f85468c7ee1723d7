-- the line reported is the line of the failing instruction
local function e(f) local ok, m = pcall(f) print(m) end
local t = {}
e(function()
  local x = 1 +
    t.missing
end)
e(function()
  return t.a
    .b
end)
e(function()
  local s = "a" ..
    "b" ..
    nil_global
end)
e(function()
  undefined_function(
    1,
    2
  )
end)
e(function()
  local v = {
    t.x.y,
  }
end)
e(function()
  local ok = 1 <
    {}
end)
e(function() local a = 1 local b = a + nil_global end)
e(function()
  error("explicit")
end)
e(function()
  error(
    "explicit on a later line"
  )
end)
e(function()
  local function inner()
    return t.q.w
  end
  inner()
end)
