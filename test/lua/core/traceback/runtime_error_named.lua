local settings = { display = {} }
local function width()
  return settings.display.size.width
end
local function layout()
  local w = width()
  return w * 2
end
print(layout())
