local function show(...)
  local n = select("#", ...)
  local parts = {}
  for i = 1, n do parts[i] = tostring((select(i, ...))) end
  return n .. "[" .. table.concat(parts, ",") .. "]"
end
print(show())
print(show(nil))
print(show(nil, nil))
print(show(1, nil))
print(show(nil, 1))
print(show(unpack({ 1, nil, 3 }, 1, 3)))
print(show(unpack({}, 1, 3)))
print(show(unpack({ n = 2 }, 1, 2)))
local function forward(...) return show(...) end
print(forward(nil, false, nil))
local function addnil(...) return show(..., nil) end
print(addnil(1, 2))
local function prepend(...) return show(nil, ...) end
print(prepend())
local function viaTable(...) local t = { ... } return show(unpack(t, 1, select("#", ...))) end
print(viaTable(nil, 2, nil))
